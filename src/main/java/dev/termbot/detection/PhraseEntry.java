package dev.termbot.detection;

/**
 * What a path in the {@link PhraseTrie} stands for.
 *
 * @param rule      index of the rule in the detector's rule list
 * @param exception true for one of the rule's exceptions, which cancels hits it covers
 */
record PhraseEntry(int rule, boolean exception) {
}
