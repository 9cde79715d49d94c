/**
 * Finding watched phrases in chat text: prose extraction (code, URLs, mentions out), Unicode and
 * markup normalisation, one automaton for every rule's phrases, typo and inflection tolerance.
 * OpenNLP is used here only, and only when the detector is built, never per message.
 *
 * <p>Entry points: {@link dev.termbot.detection.PhraseDetector#build} with
 * {@link dev.termbot.detection.OpenNlpInflections#fromClasspath()} (load it once and keep it: its
 * caches make rebuilding after a glossary reload cheap).
 *
 * <p>Decisions worth knowing when reading a hit or a miss:
 * <ul>
 *   <li>Only a phrase's head is inflected ("distillation attacks", not "distillations attack").
 *       Derived words are not inflections: "distillation attacker" hits only if a rule lists it.</li>
 *   <li>Words join over spaces, one line break, hyphens and dashes (spaced or not) and markup;
 *       they are separated by other punctuation, a blank line, a new list item or quote line.</li>
 *   <li>One typo per word, for words of five letters or more, unless the typo spells another real
 *       word ("distillation attach" is not a hit).</li>
 *   <li>Not prose: inline and fenced code, URLs and link targets (link labels are prose), Slack
 *       and Discord mentions, {@code @names}, {@code #hashtags} and channel names, snake_case and
 *       paths and file names. A hyphenated phrase is prose; so is a {@code # heading}.</li>
 *   <li>An exception cancels a hit of its own rule that it covers.</li>
 * </ul>
 */
package dev.termbot.detection;
