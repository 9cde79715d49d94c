package dev.termbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PolicyStore} held in memory: for the console without a database, for scan and for tests,
 * and as the database store's fallback mirror (which {@link #forget}s what the database purges).
 * State lives in this instance only (never static) and is lost on exit. Thread-safe.
 */
public final class InMemoryPolicyStore implements PolicyStore {
    private final Set<List<String>> optedOut = ConcurrentHashMap.newKeySet();
    private final Set<List<String>> muted = ConcurrentHashMap.newKeySet();
    private final Map<List<String>, Duration> cooldowns = new ConcurrentHashMap<>();
    private final Map<List<String>, Instant> notes = new ConcurrentHashMap<>();
    private final Map<List<String>, Instant> explained = new ConcurrentHashMap<>();
    private final Map<List<String>, Instant> handled = new ConcurrentHashMap<>();

    @Override
    public boolean isOptedOut(String platform, String workspace, String userId) {
        return optedOut.contains(List.of(platform, workspace, userId));
    }

    @Override
    public void setOptedOut(String platform, String workspace, String userId, boolean value) {
        toggle(optedOut, List.of(platform, workspace, userId), value);
    }

    @Override
    public boolean isMuted(Where where) {
        return muted.contains(channelKey(where));
    }

    @Override
    public void setMuted(Where where, boolean value) {
        toggle(muted, channelKey(where), value);
    }

    @Override
    public Optional<Duration> cooldownOverride(Where where) {
        return Optional.ofNullable(cooldowns.get(channelKey(where)));
    }

    @Override
    public void setCooldownOverride(Where where, Duration cooldown) {
        cooldowns.put(channelKey(where), cooldown);
    }

    @Override
    public Optional<Instant> lastNote(Where where, String ruleId) {
        return Optional.ofNullable(notes.get(placeKey(where, ruleId)));
    }

    @Override
    public void recordNote(Where where, String ruleId, Instant at) {
        notes.put(placeKey(where, ruleId), at);
    }

    @Override
    public Optional<Instant> lastExplained(String platform, String workspace, String userId, String ruleId) {
        return Optional.ofNullable(explained.get(List.of(platform, workspace, userId, ruleId)));
    }

    @Override
    public void recordExplained(String platform, String workspace, String userId, String ruleId, Instant at) {
        explained.put(List.of(platform, workspace, userId, ruleId), at);
    }

    @Override
    public boolean markHandled(String platform, String workspace, String deliveryKey, Instant at) {
        return handled.putIfAbsent(List.of(platform, workspace, deliveryKey), at) == null;
    }

    /**
     * Forgets the last-note and "already explained" times before {@code notedBefore} and the delivery
     * keys handled before {@code handledBefore}, so a long-running mirror holds no more than the
     * database keeps after its retention purge. Opt-outs, mutes and cooldowns are few (one per person
     * or channel that asked) and stay.
     */
    public void forget(Instant notedBefore, Instant handledBefore) {
        notes.values().removeIf(at -> at.isBefore(notedBefore));
        explained.values().removeIf(at -> at.isBefore(notedBefore));
        handled.values().removeIf(at -> at.isBefore(handledBefore));
    }

    /** How many entries are held, of every kind: for the tests that check the mirror stays bounded. */
    public int size() {
        return optedOut.size() + muted.size() + cooldowns.size() + notes.size() + explained.size() + handled.size();
    }

    private static List<String> channelKey(Where where) {
        return List.of(where.platform(), where.workspace(), where.channel());
    }

    private static List<String> placeKey(Where where, String ruleId) {
        return List.of(where.platform(), where.workspace(), where.channel(), where.thread(), ruleId);
    }

    private static void toggle(Set<List<String>> set, List<String> key, boolean present) {
        if (present) {
            set.add(key);
        } else {
            set.remove(key);
        }
    }
}
