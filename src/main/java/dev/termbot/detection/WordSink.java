package dev.termbot.detection;

/** Receives the words {@link WordScanner} finds, in text order. */
interface WordSink {
    /**
     * One word.
     *
     * @param word   the folded chars and their hash; only the first {@link WordScanner#CAPACITY}
     *               are stored
     * @param length the folded length (may exceed the capacity for very long words)
     * @param start  offset of the word's first char in the original text
     * @param end    offset just after its last char (trailing combining marks included)
     * @param joined whether only joining separators (spaces, one line break, dashes, markup) stand
     *               between this word and the previous one
     */
    void word(WordBuffer word, int length, int start, int end, boolean joined);
}
