package dev.termbot.detection;

import dev.termbot.testing.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast lookup machinery agrees with the slow, obvious definition: {@link OneEdit} with a
 * dynamic-programming edit distance, {@link TypoIndex} with comparing against every form,
 * {@link WordTable} with equality, and {@link WordGate} never turns away what those two would find.
 * Words come from a five-letter alphabet so that near misses are frequent; cases come from a fixed
 * seed (see {@link Theories}).
 */
class TypoIndexProperties {

    @Test
    void one_edit_agrees_with_the_textbook_distance() {
        Theories.tries(2000).forAll(words(), words()).checkAssert(TypoIndexProperties::oneEditAgrees);
    }

    private static void oneEditAgrees(String a, String b) {
        assertThat(OneEdit.within(a.toCharArray(), 0, a.length(), b.toCharArray()))
                .as("%s / %s", a, b)
                .isEqualTo(restrictedDamerau(a, b) <= 1);
    }

    @Test
    void the_index_finds_exactly_the_forms_one_edit_away() {
        Theories.tries(300).forAll(vocabularies(), words()).checkAssert(TypoIndexProperties::indexFindsTheFormsOneEditAway);
    }

    private static void indexFindsTheFormsOneEditAway(List<String> forms, String query) {
        char[][] chars = forms.stream().map(String::toCharArray).toArray(char[][]::new);
        TypoIndex index = new TypoIndex(chars, IntStream.range(0, chars.length).boxed().toList());
        int[] out = new int[chars.length];
        int count = collect(index, query, out);
        Set<String> found = Arrays.stream(out, 0, count).mapToObj(forms::get).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = forms.stream()
                .filter(f -> f.length() >= TypoIndex.MIN_LENGTH && query.length() >= TypoIndex.MIN_LENGTH)
                .filter(f -> restrictedDamerau(query, f) <= 1)
                .collect(Collectors.toCollection(TreeSet::new));
        if (expected.contains(query)) {
            expected = Set.of(query); // the word itself, not a typo of its neighbours
        }
        assertThat(found).as("query %s", query).isEqualTo(expected);
    }

    @Test
    void every_single_edit_of_a_watched_word_is_found() {
        Theories.tries(200).forAll(words(), edits()).checkAssert(TypoIndexProperties::singleEditIsFound);
    }

    private static void singleEditIsFound(String form, int edit) {
        String typo = applyEdit(form, edit);
        char[][] chars = {form.toCharArray()};
        TypoIndex index = new TypoIndex(chars, List.of(0));
        int found = collect(index, typo, new int[1]);
        boolean eligible = form.length() >= TypoIndex.MIN_LENGTH && typo.length() >= TypoIndex.MIN_LENGTH;
        assertThat(found).as("%s -> %s", form, typo).isEqualTo(eligible ? 1 : 0);
    }

    @Test
    void the_gate_never_turns_away_a_word_the_tables_would_find() {
        Theories.tries(500).forAll(vocabularies(), words()).checkAssert(TypoIndexProperties::gatePassesWhatTheTablesFind);
    }

    private static void gatePassesWhatTheTablesFind(List<String> forms, String query) {
        char[][] chars = forms.stream().map(String::toCharArray).toArray(char[][]::new);
        boolean exact = forms.contains(query);
        boolean near = query.length() >= TypoIndex.MIN_LENGTH && forms.stream()
                .anyMatch(f -> f.length() >= TypoIndex.MIN_LENGTH && restrictedDamerau(query, f) <= 1);
        if (exact || near) {
            WordGate gate = new WordGate(chars);
            char[] padded = EndKeys.padded(query.toCharArray(), query.length());
            assertThat(gate.passes(padded, 0, query.length())).as("query %s", query).isEqualTo(1);
            assertThat(gate.passesCloser(padded, 0, query.length())).as("query %s, closer", query).isTrue();
        }
    }

    @Test
    void the_gate_lets_every_single_edit_through() {
        Theories.tries(200).forAll(words(), edits()).checkAssert(TypoIndexProperties::gateLetsTheEditThrough);
    }

    private static void gateLetsTheEditThrough(String form, int edit) {
        String typo = applyEdit(form, edit);
        WordGate gate = new WordGate(new char[][] {form.toCharArray()});
        if (form.length() >= TypoIndex.MIN_LENGTH && typo.length() >= TypoIndex.MIN_LENGTH) {
            char[] padded = EndKeys.padded(typo.toCharArray(), typo.length());
            assertThat(gate.passes(padded, 0, typo.length())).as("%s -> %s", form, typo).isEqualTo(1);
            assertThat(gate.passesCloser(padded, 0, typo.length())).as("%s -> %s, closer", form, typo).isTrue();
        }
    }

    @Test
    void the_word_table_finds_exactly_the_equal_word() {
        Theories.tries(300).forAll(vocabularies(), words()).checkAssert(TypoIndexProperties::tableFindsTheEqualWord);
    }

    private static void tableFindsTheEqualWord(List<String> words, String query) {
        Map<String, Integer> entries = new LinkedHashMap<>();
        words.forEach(w -> entries.put(w, entries.size()));
        int found = new WordTable(entries).find(EndKeys.padded(query.toCharArray(), query.length()), 0, query.length());
        assertThat(found).as("query %s", query).isEqualTo(entries.getOrDefault(query, WordTable.NONE));
    }

    @Test
    void the_gate_turns_away_a_word_sharing_neither_end() {
        WordGate gate = new WordGate(new char[][] {"abcdefg".toCharArray()});

        assertThat(gate.passes(EndKeys.padded("eeeeeee".toCharArray(), 7), 0, 7)).isZero();
        assertThat(gate.passes(EndKeys.padded("abcxxxx".toCharArray(), 7), 0, 7)).isOne();
        assertThat(gate.passes(EndKeys.padded("xxxxefg".toCharArray(), 7), 0, 7)).isOne();
    }

    @Test
    void the_closer_test_turns_away_a_word_that_shares_only_two_chars_of_an_end() {
        WordGate gate = new WordGate(new char[][] {"batch".toCharArray()});
        char[] based = EndKeys.padded("based".toCharArray(), 5);

        assertThat(gate.passes(based, 0, 5)).as("first test: same first two chars").isOne();
        assertThat(gate.passesCloser(based, 0, 5)).isFalse();
        assertThat(gate.passesCloser(EndKeys.padded("bathc".toCharArray(), 5), 0, 5)).isTrue();
        assertThat(gate.passesCloser(EndKeys.padded("bxtch".toCharArray(), 5), 0, 5)).isTrue();
    }

    /** The forms near {@code word}, an equal form counting as one. */
    private static int collect(TypoIndex index, String word, int[] out) {
        int count = index.collect(EndKeys.padded(word.toCharArray(), word.length()), 0, word.length(), out);
        return count == TypoIndex.EQUAL ? 1 : count;
    }

    private static Gen<String> words() {
        return Theories.words("abcde", 1, 12);
    }

    /** One to forty distinct words. */
    private static Gen<List<String>> vocabularies() {
        return Theories.distinct(words(), 1, 40);
    }

    private static Gen<Integer> edits() {
        return Generate.range(0, 10_000);
    }

    /** Deletes, inserts, substitutes or swaps at a position chosen by {@code seed}. */
    private static String applyEdit(String w, int seed) {
        int at = seed % (w.length() + 1);
        char c = "abcdexyz".charAt(seed / 7 % 8);
        return switch (seed / 101 % 4) {
            case 0 -> at < w.length() ? w.substring(0, at) + w.substring(at + 1) : w;
            case 1 -> w.substring(0, at) + c + w.substring(at);
            case 2 -> at < w.length() ? w.substring(0, at) + c + w.substring(at + 1) : w;
            default -> at + 1 < w.length()
                    ? w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2) : w;
        };
    }

    /** Optimal string alignment distance: the textbook table, as a reference. */
    static int restrictedDamerau(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
