package dev.termbot.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Suggestions and overlay in memory, for tests and sessions without a database. Thread-safe (one monitor). */
public final class InMemorySuggestionStore implements SuggestionStore {
    private final Map<Long, Suggestion> suggestions = new LinkedHashMap<>();
    private final Map<String, OverlayEntry> overlay = new LinkedHashMap<>();
    private final Map<Long, String> suggestedBy = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Suggestion add(Where where, String userId, SuggestedEntry entry, Instant at) {
        Suggestion suggestion = new Suggestion(++lastId, where.platform(), where.workspace(), entry, at,
                Suggestion.Status.PENDING, Optional.empty());
        suggestions.put(suggestion.id(), suggestion);
        suggestedBy.put(suggestion.id(), where.platform() + "/" + where.workspace() + "/" + userId);
        return suggestion;
    }

    @Override
    public synchronized int pendingBy(Where where, String userId) {
        String who = where.platform() + "/" + where.workspace() + "/" + userId;
        return (int) suggestions.values().stream().filter(Suggestion::pending)
                .filter(s -> who.equals(suggestedBy.get(s.id()))).count();
    }

    @Override
    public synchronized Optional<Suggestion> find(long id) {
        return Optional.ofNullable(suggestions.get(id));
    }

    @Override
    public synchronized boolean reject(long id, String moderatorId, Instant at) {
        Suggestion suggestion = suggestions.get(id);
        if (suggestion == null || !suggestion.pending()) {
            return false;
        }
        suggestions.put(id, suggestion.decided(Suggestion.Status.REJECTED, at));
        return true;
    }

    @Override
    public synchronized Approval approve(long id, String moderatorId, Instant at, OverlayEntry entry) {
        Suggestion suggestion = suggestions.get(id);
        if (suggestion == null || !suggestion.pending()) {
            return Approval.ALREADY_DECIDED;
        }
        if (overlay.containsKey(entry.termId())) {
            return Approval.ID_TAKEN;
        }
        suggestions.put(id, suggestion.decided(Suggestion.Status.APPROVED, at));
        overlay.put(entry.termId(), entry);
        return Approval.APPROVED;
    }

    @Override
    public synchronized List<OverlayEntry> overlay() {
        return new ArrayList<>(overlay.values());
    }

    @Override
    public synchronized String overlayVersion() {
        return overlay.size() + ":" + overlay.values().stream().mapToLong(e -> e.approvedAt().toEpochMilli()).max().orElse(0);
    }
}
