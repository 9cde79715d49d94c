package dev.termbot.glossary;

import dev.termbot.core.LookupResult;
import dev.termbot.core.Term;
import dev.termbot.testing.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of {@code /define} lookup over arbitrary and adversarial input (see {@link Theories} for the seed). */
class GlossaryLookupProperties {
    private static final Glossary SHIPPED = GlossaryFile.loadDefault();
    private static final GlossaryLookup LOOKUP = new GlossaryLookup(SHIPPED);
    private static final int MAX_QUERY = 6_000;
    private static final List<String> DECORATIONS =
            List.of("", "**", "`", "_", "~~", "||", "\"", "'", "*", "``", "> ", "# ", "  ");

    @Test
    void anyInputGetsABoundedAnswerWithoutThrowing() {
        Theories.edgeTexts(MAX_QUERY).forEach(GlossaryLookupProperties::assertBoundedAnswer);
        Theories.tries(500).forAll(Theories.anyText(MAX_QUERY)).checkAssert(GlossaryLookupProperties::assertBoundedAnswer);
    }

    private static void assertBoundedAnswer(String query) {
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.query().length()).isLessThanOrEqualTo(GlossaryLookup.MAX_QUERY_CHARS);
        assertThat(result.suggestions()).hasSizeLessThanOrEqualTo(3);
        if (result.found()) {
            assertThat(result.suggestions()).isEmpty();
        }
    }

    @Test
    void decoratingASpellingWithMarkupAndCaseStillFindsItsEntry() {
        Gen<Term> spellings = Generate.pick(SHIPPED.terms());
        Theories.tries(300).forAll(spellings, Generate.pick(DECORATIONS), Generate.booleans())
                .checkAssert((term, decoration, upper) -> {
                    // GIVEN the display term wrapped in chat markup, in either case
                    String display = upper ? term.display().toUpperCase() : term.display().toLowerCase();
                    String query = decoration + display + new StringBuilder(decoration).reverse();
                    // WHEN
                    LookupResult result = LOOKUP.lookup(query);
                    // THEN
                    assertThat(result.term()).as(query).map(Term::id).contains(term.id());
                });
    }
}
