package dev.termbot.detection;

/**
 * The buffers one {@code detect} call works in, kept per thread and reused: allocating the folded
 * copy of the text and the matching state for every message costs about as much as scanning it.
 * {@link FoldedText} gives a single huge message its own buffers so that it does not pin memory.
 *
 * <p>Confined to its thread; {@link #acquire} hands out a fresh workspace if the thread's own is
 * already in use, so even a re-entrant call stays correct.
 */
final class Workspace {
    private static final ThreadLocal<Workspace> PER_THREAD = ThreadLocal.withInitial(Workspace::new);
    /**
     * The workspace handed out last, checked before the thread-local map, whose lookup cost a tenth
     * of a whole detection. Read and written without synchronisation on purpose: a thread that
     * sees another thread's workspace here (or a stale one) finds a different {@link #owner} and
     * falls back to the map; {@code owner} is final, so it is seen correctly even through a race.
     */
    private static Workspace last;

    final FoldedText text = new FoldedText();
    final PhraseScan scan = new PhraseScan();
    private final Thread owner = Thread.currentThread();
    private boolean inUse;

    static Workspace acquire() {
        Workspace own = last;
        if (own == null || own.owner != Thread.currentThread()) {
            own = PER_THREAD.get();
            last = own;
        }
        if (own.inUse) {
            return new Workspace();
        }
        own.inUse = true;
        return own;
    }

    void release() {
        inUse = false;
    }
}
