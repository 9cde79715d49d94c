package dev.termbot.detection;

import static dev.termbot.detection.FoldTable.EXPAND;
import static dev.termbot.detection.FoldTable.INVISIBLE;
import static dev.termbot.detection.FoldTable.LETTER;
import static dev.termbot.detection.FoldTable.MARK;
import static dev.termbot.detection.FoldTable.SURROGATE;

import java.util.Arrays;

/**
 * A message folded for matching, and the words in it (what joins two words into one phrase is
 * {@link WordGaps}'s business).
 *
 * <p>Two passes, because a branch per char on "does the word end here?" mispredicts once or twice
 * per word, and that cost dominated the old single pass. {@link #fold} reads each char once and,
 * without branching on its kind, sets one bit per letter; {@link #words} then finds the runs of
 * letter bits with bit arithmetic, 64 chars at a time. Everything else is worked out on request,
 * for the few words that get that far: their folded chars, their span in the original text and
 * whether they are joined to the word before.
 *
 * <p>Most chat folds char for char: letters, spaces, punctuation, accented letters, emoji. Then a
 * word's folded chars sit at the same offsets as in the text and are looked up when asked for
 * ("direct" folding). Combining marks and zero-width chars (which vanish inside a word) and
 * ligatures (which expand) break that correspondence; a text with one of them is folded again into
 * a separate array with an offset per folded char.
 *
 * <p>Reused per thread through {@link Workspace}; not thread-safe.
 */
final class FoldedText {
    /** Longest folded word a sink is guaranteed to see whole; watched words are never longer. */
    static final int CAPACITY = 64;
    private static final int MAX_KEPT = 16_384;
    /** Slack past the text in every array, so that {@link EndKeys#pack} may read past the last word. */
    private static final int ROOM = 4;
    /** Entries below this are letters (kind 0). */
    private static final int LETTER_LIMIT = 1 << 16;
    private static final int HASH_ENTRY = FoldTable.HASH << 16;

    /** The original text, copied: {@code String.charAt} checks the coder on every call. */
    private char[] chars = new char[256];
    private int textLength;
    /** Whether folded char {@code k} is the fold of {@code chars[k]}; if not, see {@link #offsets}. */
    private boolean direct;
    /** Folded chars; a separator is stored as 0 (its table entry has no char). */
    private char[] folded = new char[256];
    /** Offset in the original text of each folded char, when not {@link #direct}. */
    private int[] offsets = new int[256];
    /** Bit {@code k} set when folded char {@code k} is a letter; clear past the folded length. */
    private long[] letters = new long[256 / 64 + 2];
    private int length;
    /** Folded end of the last word handed to the sink, or -1. */
    private int previousEnd;
    /** Where words start and stop; room for every word. */
    private int[] wordEdges = new int[256 + 2];
    /** Edge index of each word that passed the gate. */
    private int[] passed = new int[256 + 2];
    /** Letter bits of the folded chars since the last multiple of 64, while {@link #append} runs. */
    private long pendingBits;
    /** Whether the text has a hash sign, so perhaps a hashtag. */
    private boolean hashes;
    /** Whether a zero-width char stands right after a letter, so perhaps between two words. */
    private boolean invisibleJoins;

    /** Folds {@code text}; {@link #words} then hands its words out. */
    FoldedText fold(String text) {
        int n = text.length();
        ensureCapacity(n);
        textLength = n;
        text.getChars(0, n, chars, 0);
        hashes = false;
        invisibleJoins = false;
        direct = foldDirectly(n);
        if (!direct) {
            foldThroughOffsets(n);
        }
        return this;
    }

    /**
     * The hot loop: one table read per char, its folded char written, one bit per letter, one
     * comparison that sends the rare char (not yet in the table, a surrogate, a mark, a ligature)
     * to {@link #rareEntry}. Returns false, having done nothing useful, when the text does not fold
     * char for char.
     */
    private boolean foldDirectly(int n) {
        char[] in = chars;
        char[] out = folded;
        int[] table = FoldTable.raw();
        long[] bits = letters;
        long acc = 0; // the current 64 letter bits, in a register: no store-to-load chain per char
        for (int i = 0; i < n; i++) {
            int e = table[in[i]];
            if (e >= FoldTable.FIRST_RARE_ENTRY) {
                e = rareEntry(in, i, n);
                if (e < 0) {
                    return false;
                }
                if (e == HASH_ENTRY) {
                    hashes = true;
                    e = FoldTable.BREAK << 16;
                }
            }
            out[i] = (char) e;
            acc |= (long) ((e - LETTER_LIMIT) >>> 31) << i; // letters are the entries below the limit
            if ((i & 63) == 63) {
                bits[i >>> 6] = acc;
                acc = 0;
            }
        }
        bits[n >>> 6] = acc;
        bits[(n >>> 6) + 1] = 0;
        length = n;
        return true;
    }

    /**
     * The entry to use for {@code in[i]} when folding directly, or -1 when the text cannot be
     * folded char for char. A surrogate pair that is a symbol (an emoji) stays direct: both halves
     * read as separators, as the low half alone already does.
     */
    private static int rareEntry(char[] in, int i, int n) {
        int e = FoldTable.entry(in[i]); // computes and caches a char seen for the first time
        int kind = e >>> 16;
        if (kind == SURROGATE) {
            int cp = Character.codePointAt(in, i, n);
            int pair = Character.charCount(cp) == 2 ? FoldTable.codePointEntry(cp) >>> 16 : FoldTable.BREAK;
            return pair == LETTER || pair == EXPAND || pair == MARK || pair == INVISIBLE ? -1 : FoldTable.BREAK << 16;
        }
        return e >= FoldTable.FIRST_RARE_ENTRY && e != HASH_ENTRY ? -1 : e;
    }

    /** The general fold: folded chars in their own array, with the offset each came from. */
    private void foldThroughOffsets(int n) {
        char[] in = chars;
        pendingBits = 0;
        int j = 0;
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(in, i, n);
            int width = Character.charCount(cp);
            int e = width == 1 ? FoldTable.entry((char) cp) : FoldTable.codePointEntry(cp);
            int kind = e >>> 16;
            if (kind == EXPAND) {
                String expansion = FoldTable.expansion(cp);
                for (int k = 0; k < expansion.length(); k++) {
                    j = append(expansion.charAt(k), true, i, j, n - i);
                }
            } else if (kind == INVISIBLE) {
                invisibleJoins |= j > 0 && folded[j - 1] != 0; // it vanishes, but may have been meant as a space
            } else if (kind != MARK) { // a mark vanishes too: it never splits a word
                hashes |= kind == FoldTable.HASH;
                // a lone high surrogate (kind SURROGATE) is half a char: like any non-letter, it ends a phrase
                j = kind == LETTER ? append((char) e, true, i, j, n - i) : append((char) 0, false, i, j, n - i);
            }
            i += width;
        }
        letters[j >>> 6] = pendingBits;
        letters[(j >>> 6) + 1] = 0;
        length = j;
    }

    /** Appends one folded char; {@code remaining} chars of text are still to come. */
    private int append(char c, boolean letter, int offset, int j, int remaining) {
        if (j + remaining + ROOM > folded.length) {
            grow(j + remaining + CAPACITY); // only expansions outgrow the text
        }
        folded[j] = c;
        offsets[j] = offset;
        if (letter) {
            pendingBits |= 1L << j;
        }
        j++;
        if ((j & 63) == 0) {
            letters[(j >>> 6) - 1] = pendingBits;
            pendingBits = 0;
        }
        return j;
    }

    /**
     * Whether words may be joined in ways the word scan cannot see: in a hashtag
     * ({@code #DistillationAttack}) or by a zero-width char with no space ({@code distillation\u200Battack}).
     * False for almost every message.
     */
    boolean mayJoinWords() {
        return hashes || invisibleJoins;
    }

    boolean hasHashes() {
        return hashes;
    }

    boolean hasInvisibleJoins() {
        return invisibleJoins;
    }

    /** Hands every word to {@code sink}, in text order. */
    void words(WordSink sink) {
        allWords(1, Integer.MAX_VALUE, sink);
    }

    /**
     * Hands {@code sink} the words, in text order, that are {@code start} long and that
     * {@code gate} lets through, and after each word for which the sink asks for more, the words
     * that follow it if they are {@code any} long. That is one word in five or so, so the gate
     * runs here, in a loop without branches on its outcome, rather than behind a call per word. A
     * word turned away is simply not handed on: {@link #joinedToPrevious} then finds it between
     * the two words around it, and letters are not a joining separator.
     */
    void words(WordGate gate, WordLengths start, WordLengths any, WordSink sink) {
        int minLength = any.min();
        int maxLength = any.max();
        int minStart = start.min();
        int maxStart = start.max();
        int[] edges = wordEdges;
        int edgeCount = edges(edges);
        int[] noted = passed;
        int count = 0;
        for (int k = 0; k < edgeCount; k += 2) {
            int from = edges[k];
            int n = edges[k + 1] - from;
            int watchable = ((minStart - 1 - n) >>> 31) & ((n - maxStart - 1) >>> 31); // min <= n <= max
            noted[count] = k;
            count += watchable & gate.passes(folded, from, Math.min(n, CAPACITY + 1));
        }
        previousEnd = -1;
        int next = 0; // edge index of the first word not handed over yet
        for (int c = 0; c < count; c++) {
            int k = noted[c];
            if (k < next) {
                continue; // already handed over, following a word that asked for more
            }
            if (!gate.passesCloser(folded, edges[k], edges[k + 1] - edges[k])) {
                continue;
            }
            boolean more = hand(sink, edges[k], edges[k + 1], minLength, maxLength);
            for (k += 2; more && k < edgeCount; k += 2) {
                more = hand(sink, edges[k], edges[k + 1], minLength, maxLength);
            }
            next = k;
        }
    }

    private boolean hand(WordSink sink, int from, int end, int minLength, int maxLength) {
        int n = end - from;
        if (n < minLength || n > maxLength) {
            return false; // cannot continue anything; the next word will not be joined across it
        }
        boolean more = sink.word(this, from, n);
        previousEnd = end;
        return more;
    }

    private void allWords(int minLength, int maxLength, WordSink sink) {
        int[] edges = wordEdges;
        int edgeCount = edges(edges);
        previousEnd = -1;
        for (int k = 0; k < edgeCount; k += 2) {
            hand(sink, edges[k], edges[k + 1], minLength, maxLength);
        }
    }

    /**
     * Fills {@code edges} with the folded offsets where letters start and stop, alternately (so
     * word {@code k} is {@code [edges[2k], edges[2k + 1])}); returns how many. An edge is a bit
     * that differs from the bit before it.
     */
    private int edges(int[] edges) {
        long[] bits = letters;
        int count = 0;
        long carry = 0; // the last bit of the block before
        for (int block = 0, last = length >>> 6; block <= last; block++) {
            long m = bits[block];
            long changes = m ^ (m << 1 | carry);
            carry = m >>> 63;
            int base = block << 6;
            while (changes != 0) {
                edges[count++] = base + Long.numberOfTrailingZeros(changes);
                changes &= changes - 1;
            }
        }
        return count;
    }


    /**
     * The folded chars: a word handed to a sink is {@code chars()[from, from + length)}, and
     * {@link #ROOM} chars of room follow the text, for {@link EndKeys#pack}. Separators are 0.
     */
    char[] chars() {
        return folded;
    }

    private int offset(int k) {
        return direct ? k : offsets[k];
    }

    /** Offset in the original text of the word's first char. */
    int start(int from) {
        return offset(from);
    }

    /**
     * Offset in the original text just after the word: after its last letter and any combining
     * marks that follow it, but not after trailing zero-width chars.
     */
    int end(int from, int wordLength) {
        if (direct) {
            return from + wordLength; // a direct text has no marks, and its letters are single chars
        }
        int i = offset(from + wordLength - 1);
        int end = i + Character.charCount(Character.codePointAt(chars, i, textLength));
        for (int k = end; k < textLength; ) {
            int cp = Character.codePointAt(chars, k, textLength);
            int kind = WordGaps.kindOf(cp);
            if (kind != MARK && kind != INVISIBLE) {
                break;
            }
            k += Character.charCount(cp);
            end = kind == MARK ? k : end;
        }
        return end;
    }

    /**
     * Whether only joining separators stand between the word at {@code from} and the word handed
     * to the sink before it, read from the original text between them.
     */
    boolean joinedToPrevious(int from) {
        if (previousEnd < 0) {
            return false;
        }
        if (direct && from == previousEnd + 1 && chars[previousEnd] == ' ') {
            return true; // by far the most common gap
        }
        int last = offset(previousEnd - 1);
        int after = last + Character.charCount(Character.codePointAt(chars, last, textLength));
        return WordGaps.joins(chars, after, offset(from), textLength);
    }

    private void ensureCapacity(int n) {
        if (n + ROOM > chars.length || chars.length > MAX_KEPT && n + ROOM <= MAX_KEPT) {
            // a single huge message gets its own arrays, then the next ordinary one shrinks them back
            int size = Math.max(256, n + ROOM);
            wordEdges = new int[size + 2];
            passed = new int[size + 2];
            chars = new char[size];
            folded = new char[size];
            offsets = new int[size];
            letters = new long[(size >>> 6) + 2];
        }
    }

    /** Room for {@code size} folded chars (expansions outgrow the text); keeps what is there. */
    private void grow(int size) {
        int grown = Math.max(size, 2 * folded.length);
        folded = Arrays.copyOf(folded, grown);
        offsets = Arrays.copyOf(offsets, grown);
        letters = Arrays.copyOf(letters, (grown >>> 6) + 2);
        wordEdges = new int[grown + 2];
        passed = new int[grown + 2];
    }
}
