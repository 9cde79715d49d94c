package dev.termbot.bench;

/**
 * A planted fragment in one corpus message: a variant of a watched phrase (must be found) or a
 * near miss (must not be).
 *
 * @param index   the message's position in the corpus
 * @param variant true for a variant, false for a near miss
 * @param kind    which variant or near miss ({@link VariantKind} or {@link NearMissKind} name)
 * @param ruleId  the rule whose phrase was used
 * @param start   start of the fragment in the message (UTF-16 chars, inclusive)
 * @param end     end of the fragment (exclusive)
 */
record Plant(int index, boolean variant, String kind, String ruleId, int start, int end) {
}
