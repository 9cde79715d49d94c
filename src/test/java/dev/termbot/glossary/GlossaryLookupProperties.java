package dev.termbot.glossary;

import dev.termbot.core.LookupResult;
import dev.termbot.core.Term;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of {@code /define} lookup over arbitrary and adversarial input. */
class GlossaryLookupProperties {
    private static final Glossary SHIPPED = GlossaryFile.loadDefault();
    private static final GlossaryLookup LOOKUP = new GlossaryLookup(SHIPPED);

    @Property(tries = 500)
    void anyInputGetsABoundedAnswerWithoutThrowing(@ForAll @StringLength(max = 6_000) String query) {
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.query().length()).isLessThanOrEqualTo(GlossaryLookup.MAX_QUERY_CHARS);
        assertThat(result.suggestions()).hasSizeLessThanOrEqualTo(3);
        if (result.found()) {
            assertThat(result.suggestions()).isEmpty();
        }
    }

    @Property(tries = 300)
    void decoratingASpellingWithMarkupAndCaseStillFindsItsEntry(@ForAll("spellings") Term term,
                                                                 @ForAll("decorations") String decoration,
                                                                 @ForAll boolean upper) {
        // GIVEN the display term wrapped in chat markup, in either case
        String display = upper ? term.display().toUpperCase() : term.display().toLowerCase();
        String query = decoration + display + new StringBuilder(decoration).reverse();
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.term()).map(Term::id).contains(term.id());
    }

    @Provide
    Arbitrary<Term> spellings() {
        return Arbitraries.of(SHIPPED.terms());
    }

    @Provide
    Arbitrary<String> decorations() {
        return Arbitraries.of(List.of("", "**", "`", "_", "~~", "||", "\"", "'", "*", "``", "> ", "# ", "  "));
    }
}
