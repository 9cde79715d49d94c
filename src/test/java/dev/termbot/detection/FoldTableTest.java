package dev.termbot.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTableTest {
    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
            "A, a",
            "\uFF41, a",          // fullwidth
            "\u0430, a",          // Cyrillic a
            "\u0410, a",          // Cyrillic capital A
            "\u0456, i",          // Ukrainian i
            "\u03BF, o",          // Greek omicron
            "\u0397, h",          // Greek capital Eta looks like H
            "\u03B7, n",          // Greek eta looks like n
            "\u00E9, e",          // precomposed accent
            "\u0130, i",          // Turkish dotted capital I
            "\u0131, i",          // dotless i
            "\uFB01, fi",         // ligature
            "\u2460, 1"})         // circled digit
    void folds_letters_the_way_readers_see_them(String c, String folded) {
        assertThat(FoldTable.fold(c.codePointAt(0))).isEqualTo(folded);
    }

    @ParameterizedTest(name = "U+{0} is {1}")
    @CsvSource({
            "200B, " + FoldTable.INVISIBLE, "00AD, " + FoldTable.INVISIBLE, "2060, " + FoldTable.INVISIBLE,
            "FEFF, " + FoldTable.INVISIBLE, "0336, " + FoldTable.MARK, "0301, " + FoldTable.MARK,
            "0020, " + FoldTable.SPACE, "00A0, " + FoldTable.SPACE, "000A, " + FoldTable.NEWLINE,
            "2013, " + FoldTable.DASH, "2014, " + FoldTable.DASH, "002D, " + FoldTable.DASH,
            "002A, " + FoldTable.MARKUP, "007C, " + FoldTable.MARKUP, "0060, " + FoldTable.MARKUP,
            "002C, " + FoldTable.BREAK, "0028, " + FoldTable.BREAK, "0040, " + FoldTable.BREAK,
            "D83D, " + FoldTable.SURROGATE, "DC00, " + FoldTable.BREAK, "FB01, " + FoldTable.EXPAND})
    void classifies_separators(String hex, int kind) {
        assertThat(FoldTable.kind(FoldTable.entry((char) Integer.parseInt(hex, 16)))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"1D41D, d", "1F130, a"})
    void folds_letters_beyond_the_basic_plane(String hex, char folded) {
        int entry = FoldTable.codePointEntry(Integer.parseInt(hex, 16));
        assertThat(FoldTable.kind(entry)).isEqualTo(FoldTable.LETTER);
        assertThat((char) entry).isEqualTo(folded);
    }
}
