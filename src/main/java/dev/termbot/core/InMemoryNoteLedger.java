package dev.termbot.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link NoteLedger} held in memory, writing the cooldown and "already explained" to a
 * {@link PolicyStore} when a note is sent: for the console without a database, tests, and as the
 * SQLite ledger's fallback while the database fails. Lost on exit. Thread-safe.
 */
public final class InMemoryNoteLedger implements NoteLedger {
    private final PolicyStore store;
    private final Map<Long, PendingNote> notes = new ConcurrentHashMap<>();
    private final AtomicLong ids;
    private final long step;

    public InMemoryNoteLedger(PolicyStore store) {
        this(store, false);
    }

    /** With {@code negativeIds}, ids count down from -1, so they never collide with a database's. */
    public InMemoryNoteLedger(PolicyStore store, boolean negativeIds) {
        this.store = store;
        this.step = negativeIds ? -1 : 1;
        this.ids = new AtomicLong(0);
    }

    @Override
    public PendingNote open(InboundMessage message, String ruleId, Instant at) {
        PendingNote note = new PendingNote(ids.addAndGet(step), message.where(), message.messageId(), message.authorId(),
                ruleId, at, 0);
        notes.put(note.id(), note);
        return note;
    }

    @Override
    public boolean isOpen(Where where, String ruleId, Instant since) {
        return notes.values().stream().anyMatch(n -> n.where().equals(where) && n.ruleId().equals(ruleId)
                && !n.claimedAt().isBefore(since));
    }

    @Override
    public boolean isOpenFor(String platform, String workspace, String userId, String ruleId, Instant since) {
        return notes.values().stream().anyMatch(n -> n.where().platform().equals(platform)
                && n.where().workspace().equals(workspace) && n.authorId().equals(userId) && n.ruleId().equals(ruleId)
                && !n.claimedAt().isBefore(since));
    }

    @Override
    public Optional<PendingNote> find(Where where, String messageId) {
        return notes.values().stream()
                .filter(n -> n.where().channelOnly().equals(where.channelOnly()) && n.messageId().equals(messageId))
                .findFirst();
    }

    @Override
    public void attempting(PendingNote note) {
        notes.computeIfPresent(note.id(), (id, n) -> new PendingNote(id, n.where(), n.messageId(), n.authorId(),
                n.ruleId(), n.claimedAt(), n.attempts() + 1));
    }

    @Override
    public void sent(PendingNote note, Instant at) {
        if (notes.remove(note.id()) == null) {
            return; // already confirmed: a second confirmation must not move the cooldown
        }
        Where where = note.where();
        store.recordNote(where, note.ruleId(), at);
        store.recordExplained(where.platform(), where.workspace(), note.authorId(), note.ruleId(), at);
    }

    @Override
    public void release(PendingNote note) {
        notes.remove(note.id());
    }

    @Override
    public List<PendingNote> unsent(String platform) {
        List<PendingNote> result = new ArrayList<>();
        notes.values().stream().filter(n -> n.where().platform().equals(platform)).forEach(result::add);
        result.sort(Comparator.comparing(PendingNote::claimedAt).thenComparingLong(n -> Math.abs(n.id())));
        return result;
    }
}
