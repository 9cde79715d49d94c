package dev.termbot.detection;

/** Receives the words {@link FoldedText#words} finds, in text order. */
interface WordSink {
    /**
     * One word: {@code text.chars()[from, from + length)}, folded. Its span in the original text
     * and whether it is joined to the word before are on {@code text}, worked out only if asked.
     *
     * @return whether the word after this one must be handed over too, even if the gate would turn
     *         it away (it may continue a phrase this word started)
     */
    boolean word(FoldedText text, int from, int length);
}
