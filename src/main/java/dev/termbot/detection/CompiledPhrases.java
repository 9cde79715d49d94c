package dev.termbot.detection;

/**
 * The frozen tables one detector matches with. Immutable and thread-safe.
 *
 * @param gate      the cheap first test every word takes: could it start a phrase?
 * @param words     exact lookup of folded words (watched forms and denied real words)
 * @param startTypos typo lookup of the words that start a phrase (asked for almost every word, so
 *                   kept apart and small enough to stay in cache)
 * @param anyTypos   typo lookup of every form, asked only while a phrase is half-matched
 * @param trie      the phrases as paths of form ids
 * @param forms     folded chars of every form, by id
 * @param entries   what each trie entry id stands for
 * @param any       lengths of the words that can match anything (typos included)
 * @param start     lengths of the words that can start a phrase (typos included)
 */
record CompiledPhrases(WordGate gate, WordTable words, TypoIndex startTypos, TypoIndex anyTypos, PhraseTrie trie, char[][] forms,
                       PhraseEntry[] entries, WordLengths any, WordLengths start) {
}
