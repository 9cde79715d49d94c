package dev.termbot.glossary;

import dev.termbot.core.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.termbot.glossary.GlossaryFileTest.VALID;
import static dev.termbot.glossary.GlossaryFileTest.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The {@code word_orders} key of a rule: read when right, refused at its place when wrong. */
class WordOrderGlossaryTest {
    private static final String FILE = "config/glossary.yaml";
    /** Line 26 of the valid glossary lists the rule's phrases; the word orders go right after it. */
    private static final int PHRASES_LINE = 26;

    private static String withOrders(String orders) {
        return variant(PHRASES_LINE, "    phrases: [distillation attack]\n    word_orders: " + orders);
    }

    @Test
    void word_orders_are_read_into_the_rule() throws ConfigException {
        Glossary glossary = GlossaryFile.parse(withOrders("[attack by distillation, Attack via Distillation]"), FILE);
        assertThat(glossary.rules().get(0).wordOrders()).containsExactly("attack by distillation", "Attack via Distillation");
    }

    @Test
    void a_rule_without_word_orders_has_none() throws ConfigException {
        assertThat(GlossaryFile.parse(VALID, FILE).rules().get(0).wordOrders()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '"', value = {
            "[attack on models] ¦ attack on models ¦ word order 'attack on models' of rule 'distillation-attack' rearranges none of its phrases: "
                    + "it must use every word of one phrase, in a different order, with at most 3 words added (e.g. 'attack by distillation' for 'distillation attack')",
            "[distillation by attack] ¦ distillation by attack ¦ word order 'distillation by attack' of rule 'distillation-attack' rearranges none of its phrases: "
                    + "it must use every word of one phrase, in a different order, with at most 3 words added (e.g. 'attack by distillation' for 'distillation attack')",
            "[attack that is carried out by distillation] ¦ attack that ¦ word order 'attack that is carried out by distillation' of rule 'distillation-attack' "
                    + "rearranges none of its phrases: it must use every word of one phrase, in a different order, with at most 3 words added "
                    + "(e.g. 'attack by distillation' for 'distillation attack')",
            "[Distillation-Attack] ¦ Distillation-Attack ¦ word order 'Distillation-Attack' of rule 'distillation-attack' is the phrase "
                    + "'distillation attack' itself; list only other orders of its words",
            "[attack by distillation, attack by distillation] ¦ attack by distillation] ¦ phrase 'attack by distillation' is already watched by this rule",
            "['--'] ¦ '--' ¦ word order '--' has no letters or digits",
            "attack by distillation ¦ attack by distillation ¦ 'word_orders' in rule 'distillation-attack' must be a list, not a text"})
    void a_wrong_word_order_is_refused_at_its_place(String orders, String at, String message) {
        // GIVEN a rule with one wrong word order
        String yaml = withOrders(orders);
        // WHEN the glossary is loaded
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> GlossaryFile.parse(yaml, FILE));
        // THEN the error names the file, the line after the phrases and the column of the offending item
        String line = "    word_orders: " + orders;
        int column = line.lastIndexOf(at) + 1;
        assertThat(error).isNotNull();
        assertThat(error.getMessage()).isEqualTo(FILE + ":" + (PHRASES_LINE + 1) + ":" + column + ": " + message);
    }

    @Test
    void a_misspelt_key_gets_a_suggestion() {
        String yaml = variant(PHRASES_LINE, "    phrases: [distillation attack]\n    word_order: [attack by distillation]");
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> GlossaryFile.parse(yaml, FILE));
        assertThat(error.getMessage()).isEqualTo(FILE + ":27:5: unknown key 'word_order' in rule 'distillation-attack'; "
                + "did you mean 'word_orders'?");
    }
}
