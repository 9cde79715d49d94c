package dev.termbot.testing;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * How the property tests ({@code *Properties}) draw their cases: QuickTheories with a fixed seed,
 * so every run tries the same cases and a failure can be replayed, and with shrinking, so a
 * failure is reported on the smallest input found. The seed is {@value #DEFAULT_SEED} unless the
 * system property {@code termbot.seed} names another (to explore further:
 * {@code mvn -B test -Dtest='*Properties' -Dtermbot.seed=7}); QuickTheories prints it with any
 * falsified property. Random generation rarely hits the boundaries, so {@link #edgeTexts} lists
 * them for the properties to check first.
 */
public final class Theories {
    public static final long DEFAULT_SEED = 20_261_204L;
    /** The seed of this run, from {@code -Dtermbot.seed} or {@link #DEFAULT_SEED}. */
    public static final long SEED = Long.getLong("termbot.seed", DEFAULT_SEED);

    private Theories() {
    }

    /**
     * A theory that tries exactly {@code examples} generated cases from {@link #SEED} (QuickTheories
     * draws a range's two ends first, then values in between).
     */
    public static QuickTheory tries(int examples) {
        // QuickTheories 0.26 checks one case fewer than withExamples names (counted: 9 of 10, 2999 of 3000)
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples + 1);
    }

    /** Any UTF-16 text up to {@code maxLength} chars, every char value equally likely: lone surrogates included. */
    public static Gen<String> anyText(int maxLength) {
        return SourceDSL.lists().of(Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE))
                .ofSizeBetween(0, maxLength).map(Theories::join);
    }

    /** Any text of exactly {@code length} chars, every char value equally likely. */
    public static Gen<String> anyTextOfLength(int length) {
        return SourceDSL.lists().of(Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE))
                .ofSize(length).map(Theories::join);
    }

    /** Up to {@code maxParts} fragments, each drawn from {@code fragments}, joined without separator. */
    public static Gen<String> soup(List<String> fragments, int minParts, int maxParts) {
        return SourceDSL.lists().of(Generate.pick(fragments)).ofSizeBetween(minParts, maxParts).map(parts -> String.join("", parts));
    }

    /** Words over {@code alphabet}, of {@code minLength} to {@code maxLength} chars. */
    public static Gen<String> words(String alphabet, int minLength, int maxLength) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return SourceDSL.lists().of(Generate.pick(chars)).ofSizeBetween(minLength, maxLength).map(Theories::join);
    }

    /** Lists of distinct elements, between {@code min} and {@code max} drawn (duplicates drawn are dropped, at least one kept). */
    public static <T> Gen<List<T>> distinct(Gen<T> elements, int min, int max) {
        return SourceDSL.lists().of(elements).ofSizeBetween(Math.max(1, min), max)
                .map(drawn -> List.copyOf(new LinkedHashSet<>(drawn)));
    }

    /**
     * The boundaries of a text of at most {@code maxLength} chars: empty, one char of each kind that
     * trips decoders (lone high and low surrogates, a reversed pair, a pair cut in half at the end, a
     * byte-order mark, U+FFFF), and the longest text, of letters and of lone surrogates.
     */
    public static List<String> edgeTexts(int maxLength) {
        List<String> edges = new ArrayList<>(List.of("", " ", "a", "\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
                "\uDC00\uD800", "a\uD83D", "\uD83D\uDD25", "\uFEFF", "\uFFFF"));
        edges.add("a".repeat(maxLength));
        edges.add("\uD800".repeat(maxLength));
        edges.add("\uDC00\uD800".repeat(maxLength / 2));
        edges.add("\uFFFF".repeat(maxLength));
        return List.copyOf(edges);
    }

    private static String join(List<Character> chars) {
        StringBuilder out = new StringBuilder(chars.size());
        chars.forEach(out::append);
        return out.toString();
    }
}
