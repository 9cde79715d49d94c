package dev.termbot.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link NoteFeedbackStore} held in memory, for the console without a database and for tests.
 * State lives in this instance only and is lost on exit. Thread-safe.
 */
public final class InMemoryNoteFeedbackStore implements NoteFeedbackStore {
    private final Map<List<String>, Vote> votes = new ConcurrentHashMap<>();
    private final Map<List<String>, RemovedBy> removals = new ConcurrentHashMap<>();

    @Override
    public boolean vote(AnsweredNote note, String voterId, Vote vote, Instant at) {
        votes.put(key(note.where(), note.noteRef(), voterId), vote);
        return true;
    }

    @Override
    public Optional<Vote> voteOf(Where where, String noteRef, String voterId) {
        return Optional.ofNullable(votes.get(key(where, noteRef, voterId)));
    }

    @Override
    public boolean removed(AnsweredNote note, String userId, RemovedBy by, Instant at) {
        return removals.putIfAbsent(List.of(note.where().platform(), note.where().workspace(), note.noteRef()), by) == null;
    }

    /** Who removed the note, if it was removed. */
    public Optional<RemovedBy> removal(Where where, String noteRef) {
        return Optional.ofNullable(removals.get(List.of(where.platform(), where.workspace(), noteRef)));
    }

    /** How many votes are held, for tests. */
    public int voteCount() {
        return votes.size();
    }

    private static List<String> key(Where where, String noteRef, String voterId) {
        return List.of(where.platform(), where.workspace(), noteRef, voterId);
    }
}
