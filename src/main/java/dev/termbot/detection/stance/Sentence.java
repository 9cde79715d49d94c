package dev.termbot.detection.stance;

/**
 * One sentence of a message as tokens: lower-cased words, their stems and part-of-speech tags
 * (Universal Dependencies tags such as NOUN, VERB, AUX), and each token's span in the message.
 * Quote marks are tokens of their own and hyphenated words are split, so "so-called" is two words.
 */
final class Sentence {
    final int start;
    final int end;
    /** Whether the sentence stands in a block quote: someone else's words the writer answers. */
    final boolean quoted;
    final String[] words;
    final String[] stems;
    final String[] tags;
    final int[] starts;
    final int[] ends;
    private final boolean question;

    Sentence(int start, int end, boolean quoted, String[] words, String[] stems, String[] tags, int[] starts,
             int[] ends, boolean question) {
        this.start = start;
        this.end = end;
        this.quoted = quoted;
        this.words = words;
        this.stems = stems;
        this.tags = tags;
        this.starts = starts;
        this.ends = ends;
        this.question = question;
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }

    String stem(int i) {
        return i >= 0 && i < stems.length ? stems[i] : "";
    }

    String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    boolean isQuoteMark(int i) {
        return Words.isQuoteMark(word(i));
    }

    boolean isNoun(int i) {
        return tag(i).equals("NOUN") || tag(i).equals("PROPN");
    }

    boolean isVerb(int i) {
        return tag(i).equals("VERB");
    }

    boolean isNegation(int i) {
        return Words.NEGATIONS.contains(word(i));
    }

    /** Ends with a question mark (chat often drops the inversion: "this is a distillation attack?"). */
    boolean isQuestion() {
        return question;
    }

    /** A yes/no question: "is this X?", "isn't X a misnomer?" — an opening auxiliary and a question mark. */
    boolean isPolarQuestion() {
        return question && Words.QUESTION_OPENERS.contains(word(firstWord()));
    }

    /** "Why do we call it X?", "what's an X?": a question opened by a wh-word. */
    boolean isWhQuestion() {
        return question && Words.WH_WORDS.contains(word(firstWord()));
    }

    /** The first token that is a word, skipping quote marks and punctuation. */
    int firstWord() {
        for (int i = 0; i < words.length; i++) {
            if (Character.isLetterOrDigit(words[i].codePointAt(0))) {
                return i;
            }
        }
        return 0;
    }

    /** Index of the first token overlapping {@code [from, to)} in message offsets, or -1. */
    int tokenAt(int from, int to) {
        for (int i = 0; i < words.length; i++) {
            if (ends[i] > from && starts[i] < to) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last token overlapping {@code [from, to)}, or -1. */
    int lastTokenAt(int from, int to) {
        for (int i = words.length - 1; i >= 0; i--) {
            if (ends[i] > from && starts[i] < to) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
