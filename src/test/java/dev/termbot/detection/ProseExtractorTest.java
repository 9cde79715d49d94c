package dev.termbot.detection;

import dev.termbot.testing.Dialects;
import dev.termbot.core.Markup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each case names a part of the message ({@code needle}) and whether it is excluded from prose. */
class ProseExtractorTest {
    @ParameterizedTest(name = "[{index}] {1} in \"{0}\" excluded: {2}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '"', value = {
            "see `run(x)` now ¦ run(x) ¦ true",
            "``a ` b`` ¦ a ` b ¦ true",
            "a ` alone ¦ alone ¦ false",
            "```\\ncode here\\n``` after ¦ after ¦ false",
            "```\\ncode here\\n``` after ¦ code here ¦ true",
            "go to https://x.io/a-b?q=1 now ¦ x.io/a-b?q=1 ¦ true",
            "go to https://x.io/a-b?q=1 now ¦ now ¦ false",
            "www.example.org/x is up ¦ example.org/x ¦ true",
            "example.com/deep/path is up ¦ deep/path ¦ true",
            "<https://x.io/a|the label> said ¦ x.io/a ¦ true",
            "<https://x.io/a|the label> said ¦ the label ¦ false",
            "[the label](https://x.io/b) said ¦ x.io/b ¦ true",
            "[the label](https://x.io/b) said ¦ the label ¦ false",
            "hi <@U024BE7LH> there ¦ U024BE7LH ¦ true",
            "hi <@U024BE7LH|anna> there ¦ anna ¦ true",
            "in <#C0123|general> today ¦ general ¦ true",
            "emoji <:party_parrot:1234> ok ¦ party_parrot ¦ true",
            "a < b and c > d ¦ b and c ¦ false",
            "ask @anna.lee please ¦ anna.lee ¦ true",
            "mail me@example.org ¦ me@example ¦ true",
            "see #general-chat ¦ general-chat ¦ true",
            "# Heading text ¦ Heading text ¦ false",
            "file distillation_attack_v2.csv here ¦ attack_v2 ¦ true",
            "snake_case_name here ¦ case ¦ true",
            "_emphasis_ here ¦ emphasis ¦ false",
            "in /data/runs/ today ¦ data/runs ¦ true",
            "in ./runs today ¦ runs ¦ true",
            "it is a/b testing ¦ a/b ¦ false",
            "notes.md and notes ¦ notes.md ¦ true",
            "a sentence. Another ¦ sentence ¦ false",
            "well-known hyphenated words ¦ well-known ¦ false"})
    void tells_prose_from_the_rest(String message, String needle, boolean excluded) {
        String text = message.strip().replace("\\n", "\n");
        int start = text.indexOf(needle.strip());
        assertThat(start).as("needle present").isNotNegative();
        ExcludedRanges ranges = ProseExtractor.exclusions(text, Markup.PLAIN);
        assertThat(ranges.overlaps(start, start + needle.strip().length())).isEqualTo(excluded);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " ¦ ", value = {
            "<anything goes|label text> here ¦ label text ¦ false",
            "<anything goes|label text> here ¦ anything ¦ false"})
    void slack_brackets_without_a_scheme_are_plain_text_elsewhere(String message, String needle, boolean excluded) {
        String text = message.strip();
        int start = text.indexOf(needle.strip());
        assertThat(ProseExtractor.exclusions(text, Dialects.DISCORD).overlaps(start, start + needle.strip().length()))
                .isEqualTo(excluded);
    }
}
