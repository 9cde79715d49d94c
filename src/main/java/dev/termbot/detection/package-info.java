/**
 * Finding watched phrases in chat text. Per message: {@link dev.termbot.detection.FoldedText}
 * folds every char (Unicode, look-alikes, invisible chars, case) into letter bits and cuts words;
 * {@link dev.termbot.detection.WordGate} turns away, on each word's ends, the words that cannot
 * start a phrase; the rest meet {@link dev.termbot.detection.WordTable} (exact) and
 * {@link dev.termbot.detection.TypoIndex} (one edit), and {@link dev.termbot.detection.PhraseTrie}
 * follows the phrases. Only a message with a candidate is read again for code, URLs, mentions,
 * exceptions and overlaps. OpenNLP is used here only, and only when a detector is built, never
 * per message.
 *
 * <p>Entry points: {@link dev.termbot.detection.PhraseDetector#build} with
 * {@link dev.termbot.detection.OpenNlpInflections#fromClasspath()} (load it once and keep it: its
 * caches make rebuilding after a glossary reload cheap), or with
 * {@link dev.termbot.detection.RememberedInflections}, which loads the models only for what an
 * earlier start did not already derive.
 *
 * <p>Decisions worth knowing when reading a hit or a miss:
 * <ul>
 *   <li>Only a phrase's head is inflected ("distillation attacks", not "distillations attack").
 *       Derived words are not inflections: "distillation attacker" hits only if a rule lists it.</li>
 *   <li>Words join over spaces, one line break, hyphens and dashes (spaced or not) and markup;
 *       they are separated by other punctuation, a blank line, a new list item or quote line.</li>
 *   <li>One typo per word, for words of five letters or more, unless the typo spells another real
 *       word ("distillation attach" is not a hit).</li>
 *   <li>Not prose: inline and fenced code (in plain text, CommonMark fences of backticks or
 *       tildes; an unclosed one runs to the end), URLs and link targets (link labels are prose),
 *       Slack and Discord mentions, {@code @names}, channel names ({@code #a-b}), snake_case and
 *       paths and file names. A hyphenated phrase is prose; so is a {@code # heading}.</li>
 *   <li>A hashtag is read by {@link dev.termbot.detection.JoinedWords}: a phrase that fills it, or
 *       a part of it between camel-case or underscore cuts, is a hit ({@code #DistillationAttack},
 *       {@code #distillationattacks}). So are words joined by a zero-width char with no space.
 *       Joined words in prose ({@code distillationattack}) are not: nothing marks the edge.</li>
 *   <li>A sign spelled with letters under compatibility ({@code ™}, {@code ℠}) is a mark after a
 *       word, not letters of it.</li>
 *   <li>A rule's word orders ({@code attack by distillation}) are watched like its phrases and
 *       inflected where the phrase they reorder is; no order is guessed.</li>
 *   <li>An exception cancels a hit of its own rule that it covers.</li>
 * </ul>
 */
package dev.termbot.detection;
