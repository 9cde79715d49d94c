package dev.termbot.detection;

import static dev.termbot.detection.FoldTable.EXPAND;
import static dev.termbot.detection.FoldTable.INVISIBLE;
import static dev.termbot.detection.FoldTable.LETTER;
import static dev.termbot.detection.FoldTable.MARK;

/**
 * Phrases written as one run of letters, which the word scan cannot see because it cuts words at
 * spaces and punctuation only:
 * <ul>
 *   <li>in a hashtag, where words are joined on purpose: {@code #DistillationAttack},
 *       {@code #distillationattacks}, {@code #Distillation_Attack}. The phrase must fill the tag
 *       or a part of it between the cuts the writer made (an underscore, a change to upper case,
 *       between letters and digits); inside that part its words may be joined without any cut.</li>
 *   <li>in prose, across a zero-width char with no space ({@code distillation\u200Battack}, word
 *       joiner, soft hyphen, BOM): the writer, or a tool, put something between the words. Here
 *       every word of the phrase must end at such a char or at the run's end: plain
 *       {@code distillationattack} or {@code distillationAttack} in prose stays a non-hit, because
 *       nothing says where one word stops.</li>
 * </ul>
 * No typos in joined words: with the word edges unknown, one edit would match far too much.
 *
 * <p>Runs only for a message with a hash sign or such a zero-width char, and reads each run of
 * letters once. Stateless and thread-safe.
 */
final class JoinedWords {
    /** Longest run of letters read; a longer one is not a hashtag or a word anyone reads. */
    private static final int MAX_RUN = 128;

    private JoinedWords() {
    }

    /** Records in {@code scan} every phrase found joined in {@code t}, as a hashtag candidate or not. */
    static void find(String t, FoldedText folded, CompiledPhrases tables, PhraseScan scan) {
        Run run = new Run();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!isWordKind(kindOf(cp))) {
                i += Character.charCount(cp);
                continue;
            }
            boolean tag = folded.hasHashes() && isHashtagStart(t, i);
            if (!tag && !folded.hasInvisibleJoins()) {
                i = wordEnd(t, i); // a message with a hash sign: only its tags need reading
                continue;
            }
            int end = run.read(t, i, tag);
            // a tag is read even without cuts (#distillationattacks); prose only where a zero-width char cut it
            if (tag ? isHashtagEnd(t, end) && run.length > 0 : run.cuts > 0 && folded.hasInvisibleJoins()) {
                run.match(tables, scan, tag);
            }
            i = Math.max(end, i + 1);
        }
    }

    private static int wordEnd(String t, int i) {
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            int kind = kindOf(cp);
            if (!isWordKind(kind) && kind != MARK && kind != INVISIBLE) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** A tag starts after a hash sign that does not follow a letter, digit or {@code &} ("&#35;"). */
    private static boolean isHashtagStart(String t, int i) {
        if (i == 0 || kindOf(t.charAt(i - 1)) != FoldTable.HASH) {
            return false;
        }
        if (i < 2) {
            return true;
        }
        char before = t.charAt(i - 2);
        return before != '&' && !isWordKind(kindOf(before)) && !Character.isLowSurrogate(before);
    }

    /**
     * A tag ends at a space or punctuation; {@code #distillation-attack}, {@code #notes.md} or
     * {@code #a/b} go on with a word after the dash, dot or slash, and name a channel or a file.
     */
    private static boolean isHashtagEnd(String t, int end) {
        if (end + 1 >= t.length() || "-./\\".indexOf(t.charAt(end)) < 0) {
            return true;
        }
        return !isWordKind(kindOf(t.codePointAt(end + 1)));
    }

    static int kindOf(int cp) {
        return WordGaps.kindOf(cp);
    }

    private static boolean isWordKind(int kind) {
        return kind == LETTER || kind == EXPAND;
    }

    /** One run of letters, folded, with where the writer cut it. Not thread-safe. */
    private static final class Run {
        /** Folded chars, with room after them for {@link EndKeys#pack}. */
        final char[] chars = new char[MAX_RUN + 4];
        /** Offset in the original text of each folded char. */
        final int[] starts = new int[MAX_RUN];
        /** Offset in the original text just after each folded char's own char and its marks. */
        final int[] ends = new int[MAX_RUN];
        /** Whether a word may start or end before folded char {@code k} (at {@code length}: the end). */
        final boolean[] cut = new boolean[MAX_RUN + 1];
        int length;
        /** Cuts inside the run; none means nothing to read beyond what the word scan saw. */
        int cuts;

        /**
         * Reads the run starting at {@code from}: letters, marks, zero-width chars and, in a tag,
         * underscores. Returns where it stops; a run too long to read has no cuts.
         */
        int read(String t, int from, boolean tag) {
            java.util.Arrays.fill(cut, false);
            length = 0;
            cuts = 0;
            boolean pending = false;
            int previous = -1;
            int i = from;
            for (; i < t.length(); i += Character.charCount(t.codePointAt(i))) {
                int cp = t.codePointAt(i);
                int kind = kindOf(cp);
                if (kind == INVISIBLE || tag && cp == '_') {
                    pending = length > 0;
                } else if (kind == MARK) {
                    if (length > 0) {
                        ends[length - 1] = i + Character.charCount(cp);
                    }
                } else if (!isWordKind(kind)) {
                    break;
                } else if (!append(cp, kind, i, pending || tag && previous >= 0 && caseCut(previous, cp, t, i))) {
                    cuts = 0;
                    length = 0;
                    return skip(t, i);
                } else {
                    pending = false;
                    previous = cp;
                }
            }
            cut[0] = true;
            cut[length] = true;
            return i;
        }

        private boolean append(int cp, int kind, int offset, boolean cutHere) {
            String folded = kind == EXPAND ? FoldTable.expansion(cp)
                    : String.valueOf((char) (Character.isBmpCodePoint(cp) ? FoldTable.entry((char) cp) : FoldTable.codePointEntry(cp)));
            if (length + folded.length() > MAX_RUN) {
                return false;
            }
            if (cutHere && length > 0) {
                cut[length] = true;
                cuts++;
            }
            int end = offset + Character.charCount(cp);
            for (int k = 0; k < folded.length(); k++) {
                chars[length] = folded.charAt(k);
                starts[length] = offset;
                ends[length] = end;
                length++;
            }
            chars[length] = 0;
            return true;
        }

        /**
         * Camel case and digits: a cut before an upper-case letter after a lower-case one
         * ("distillationAttack"), before the last capital of a run of capitals followed by a
         * lower-case letter ("APIAbuse"), and between letters and digits ("GPT4Distillation").
         */
        private static boolean caseCut(int previous, int cp, String t, int i) {
            if (Character.isDigit(previous) != Character.isDigit(cp)) {
                return true;
            }
            if (!Character.isUpperCase(cp)) {
                return false;
            }
            if (Character.isLowerCase(previous)) {
                return true;
            }
            int next = i + Character.charCount(cp);
            return Character.isUpperCase(previous) && next < t.length() && Character.isLowerCase(t.codePointAt(next));
        }

        /** Past a run too long to read, up to the next space. */
        private static int skip(String t, int i) {
            while (i < t.length() && kindOf(t.codePointAt(i)) != FoldTable.SPACE) {
                i += Character.charCount(t.codePointAt(i));
            }
            return i;
        }

        /** Every phrase that starts and ends at a cut; inside a tag its words need no cut between them. */
        void match(CompiledPhrases tables, PhraseScan scan, boolean tag) {
            for (int start = 0; start < length; start++) {
                if (cut[start]) {
                    follow(tables, scan, tag, start, start, PhraseTrie.ROOT);
                }
            }
        }

        private void follow(CompiledPhrases tables, PhraseScan scan, boolean tag, int start, int from, int node) {
            int longest = Math.min(length - from, tables.any().max());
            for (int n = 1; n <= longest; n++) {
                int end = from + n;
                if (!tag && !cut[end]) {
                    continue;
                }
                int id = tables.words().find(chars, from, n);
                int child = id < 0 ? PhraseTrie.NONE : tables.trie().child(node, id);
                if (child == PhraseTrie.NONE) {
                    continue;
                }
                if (cut[end]) {
                    for (int entry : tables.trie().entries(child)) {
                        scan.recordJoined(entry, starts[start], ends[end - 1], tag);
                    }
                }
                if (tables.trie().hasChildren(child)) {
                    follow(tables, scan, tag, start, end, child);
                }
            }
        }
    }
}
