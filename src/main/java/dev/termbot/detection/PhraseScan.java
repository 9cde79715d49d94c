package dev.termbot.detection;

import java.util.Arrays;

/**
 * The matching state of one {@code detect} call: which phrases are half-way matched, and the
 * candidate matches found so far (entry, start, end), before code, URLs, exceptions and overlaps
 * are looked at. The state arrays are allocated on a thread's first match (most messages never
 * match a watched word) and reused after that.
 *
 * <p>Reused through {@link Workspace}: {@link #reset} before each call. Not thread-safe.
 */
final class PhraseScan implements WordSink {
    /** Half-matched phrases followed at once; more than this in one place is not chat. */
    private static final int MAX_ACTIVE = 8;
    private static final int MAX_IDS = 8;

    private CompiledPhrases tables;
    private int[] ids;
    private int[] nodes;
    private int[] starts;
    private int[] nextNodes;
    private int[] nextStarts;
    private int active;
    private int[] found;
    private int foundCount;

    /** Prepares for a new message matched against {@code phrases}. */
    PhraseScan reset(CompiledPhrases phrases) {
        this.tables = phrases;
        active = 0;
        foundCount = 0;
        if (found != null && found.length > 3 * 1024) {
            found = null; // one message full of hits must not keep a big array alive in the thread
        }
        return this;
    }

    @Override
    public boolean word(FoldedText text, int from, int len) {
        if (active > 0 && !text.joinedToPrevious(from)) {
            active = 0;
        }
        char[] chars = text.chars();
        int id = tables.words().find(chars, from, len);
        int count;
        if (id >= 0) {
            count = single(id); // a watched form, spelled right
        } else if (id == WordTable.NONE && len >= TypoIndex.MIN_LENGTH) {
            // no word we know: perhaps a typo of a form that may start a phrase, or of any form
            // while one is half-matched
            ensureState();
            count = (active == 0 ? tables.startTypos() : tables.anyTypos()).collect(chars, from, len, ids);
            count = count == TypoIndex.EQUAL ? 1 : count; // not met: an equal form is in the word table
        } else {
            count = 0; // too short for typos, or a real word (spelled right, so no typo of a form)
        }
        if (count == 0) {
            active = 0;
        } else {
            advance(count, text.start(from), text.end(from, len));
        }
        return active > 0;
    }

    private int single(int id) {
        ensureState();
        ids[0] = id;
        return 1;
    }

    /**
     * Matches the words of {@code text}. Only words of a watchable length that may start a phrase
     * (they pass the gate of phrase-starting forms) get here, plus the words right after a
     * half-matched phrase; any other word between two that do breaks the phrase, through
     * {@link FoldedText#joinedToPrevious}.
     */
    PhraseScan scan(FoldedText text) {
        text.words(tables.gate(), tables.start(), tables.any(), this);
        return this;
    }

    /** Marks, in a recorded entry, a candidate found in a hashtag (see {@link #inHashtag}). */
    private static final int HASHTAG = 1 << 30;

    /** Number of candidates; candidate {@code k} is {@link #entry}, {@link #start}, {@link #end}. */
    int candidates() {
        return foundCount;
    }

    int entry(int k) {
        return found[3 * k] & ~HASHTAG;
    }

    /** Whether candidate {@code k} lies in a hashtag, which is prose for it although a name for the word scan. */
    boolean inHashtag(int k) {
        return (found[3 * k] & HASHTAG) != 0;
    }

    /** Records a candidate that {@link JoinedWords} found in a run of letters. */
    void recordJoined(int entry, int start, int end, boolean hashtag) {
        record(hashtag ? entry | HASHTAG : entry, start, end);
    }

    int start(int k) {
        return found[3 * k + 1];
    }

    int end(int k) {
        return found[3 * k + 2];
    }

    private void advance(int count, int start, int end) {
        PhraseTrie trie = tables.trie();
        int next = 0;
        for (int a = 0; a < active; a++) {
            for (int k = 0; k < count; k++) {
                next = reach(trie, trie.child(nodes[a], ids[k]), starts[a], end, next);
            }
        }
        for (int k = 0; k < count; k++) {
            next = reach(trie, trie.child(PhraseTrie.ROOT, ids[k]), start, end, next);
        }
        int[] swap = nodes;
        nodes = nextNodes;
        nextNodes = swap;
        swap = starts;
        starts = nextStarts;
        nextStarts = swap;
        active = next;
    }

    private int reach(PhraseTrie trie, int node, int start, int end, int next) {
        if (node == PhraseTrie.NONE) {
            return next;
        }
        for (int entry : trie.entries(node)) {
            record(entry, start, end);
        }
        if (trie.hasChildren(node) && next < MAX_ACTIVE) {
            nextNodes[next] = node;
            nextStarts[next] = start;
            next++;
        }
        return next;
    }

    private void record(int entry, int start, int end) {
        if (found == null) {
            found = new int[12];
        } else if (3 * foundCount == found.length) {
            found = Arrays.copyOf(found, found.length * 2);
        }
        found[3 * foundCount] = entry;
        found[3 * foundCount + 1] = start;
        found[3 * foundCount + 2] = end;
        foundCount++;
    }

    private void ensureState() {
        if (ids == null) {
            ids = new int[MAX_IDS];
            nodes = new int[MAX_ACTIVE];
            starts = new int[MAX_ACTIVE];
            nextNodes = new int[MAX_ACTIVE];
            nextStarts = new int[MAX_ACTIVE];
        }
    }
}
