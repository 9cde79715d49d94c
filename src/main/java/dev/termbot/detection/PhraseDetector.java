package dev.termbot.detection;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Finds the phrases of misuse rules in chat messages, the way people actually write them: any
 * case, inflected ("Distillation attacks"), hyphenated or dashed, wrapped over a line, wrapped in
 * chat markup ({@code **}, {@code _}, {@code ~~}, {@code ||}, quotes, headings), with one typo per
 * word, or disguised with Unicode (fullwidth letters, Cyrillic or Greek look-alikes, zero-width
 * chars, soft hyphens, combining marks). It ignores code, URLs, mentions and identifiers, and
 * words split by punctuation, a blank line or a new list item.
 *
 * <p>How: a pass without branches on the text folds it into letter bits through a per-char table
 * and cuts words from them; a bitmap on each word's first and last chars turns away, without a
 * lookup, the words that cannot start a phrase (four in five or more); the rest are looked up
 * exactly and, if unknown, one edit away through an index on their ends, never by comparing
 * against every word (inflections come from OpenNLP at build time). Only a message with a
 * candidate is looked at again for code, URLs, exceptions and overlaps.
 *
 * <p>Immutable and thread-safe; {@link #detect} never throws. Build a new detector when the rules
 * change.
 */
public final class PhraseDetector implements Detector {
    private static final Logger LOG = LoggerFactory.getLogger(PhraseDetector.class);

    private final List<MisuseRule> rules;
    private final CompiledPhrases tables;

    private PhraseDetector(List<MisuseRule> rules, CompiledPhrases tables) {
        this.rules = rules;
        this.tables = tables;
    }

    /**
     * Compiles the rules' phrases and exceptions.
     *
     * @throws IllegalArgumentException when a phrase has no words or an absurdly long word
     */
    public static PhraseDetector build(List<MisuseRule> rules, Inflections inflections) {
        List<MisuseRule> frozen = List.copyOf(rules);
        return new PhraseDetector(frozen, PhraseCompiler.compile(frozen, inflections));
    }

    @Override
    public List<Hit> detect(String text, Markup markup) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Workspace work = Workspace.acquire();
        try {
            FoldedText folded = work.text.fold(text);
            PhraseScan scan = work.scan.reset(tables).scan(folded);
            if (folded.mayJoinWords()) {
                JoinedWords.find(text, folded, tables, scan);
            }
            if (scan.candidates() == 0) {
                return List.of();
            }
            return HitSelection.select(text, markup == null ? Markup.PLAIN : markup, scan, tables.entries(), rules);
        } catch (RuntimeException e) {
            // a bug must cost one missed note, never the message pipeline; the text is not logged
            LOG.error("detection failed on a message of {} chars", text.length(), e);
            return List.of();
        } finally {
            work.release();
        }
    }
}
