package dev.termbot.detection;

/**
 * The buffers one {@code detect} call works in, kept per thread and reused: allocating a copy of
 * the text and a word buffer for every message costs about as much as scanning it. A message over
 * {@link #MAX_KEPT} chars gets a one-off buffer so that a single huge message does not pin memory.
 *
 * <p>Confined to its thread; {@link #acquire} hands out a fresh workspace if the thread's own is
 * already in use, so even a re-entrant call stays correct.
 */
final class Workspace {
    private static final int MAX_KEPT = 16_384;
    private static final ThreadLocal<Workspace> PER_THREAD = ThreadLocal.withInitial(Workspace::new);

    final WordBuffer word = new WordBuffer();
    final PhraseScan scan = new PhraseScan();
    private char[] text = new char[256];
    private boolean inUse;

    static Workspace acquire() {
        Workspace own = PER_THREAD.get();
        if (own.inUse) {
            return new Workspace();
        }
        own.inUse = true;
        return own;
    }

    void release() {
        inUse = false;
    }

    /** The chars of {@code s} in a reused array (longer than the text; use {@code s.length()}). */
    char[] chars(String s) {
        int n = s.length();
        char[] target = text;
        if (n > target.length) {
            target = new char[Math.max(n, 2 * target.length)];
            if (target.length <= MAX_KEPT) {
                text = target;
            }
        }
        s.getChars(0, n, target, 0);
        return target;
    }
}
