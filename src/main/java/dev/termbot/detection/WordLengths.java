package dev.termbot.detection;

/**
 * The shortest and longest folded word that can match a set of forms, typos included; words
 * outside these bounds are never looked up. Immutable.
 *
 * @param min shortest length
 * @param max longest length
 */
record WordLengths(int min, int max) {
}
