package dev.termbot.platform.discord;

import dev.termbot.core.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermSuggestionsTest {

    @Test
    void prefix_matches_on_id_display_or_alias_come_before_substring_matches() {
        // GIVEN one entry starting with "dist", one containing it, one with an alias starting with it
        Term distillation = term("distillation", "Distillation");
        Term containing = term("model-distilling", "Model distilling");
        Term byAlias = term("kd", "KD", "distilled knowledge");

        // WHEN someone types "Dist"
        List<Term> offered = TermSuggestions.matching(List.of(containing, byAlias, distillation), "Dist");

        // THEN prefix matches come first (alphabetically by display), then the substring match
        assertThat(offered).containsExactly(distillation, byAlias, containing);
    }

    @Test
    void separators_and_case_do_not_matter_and_non_matches_are_left_out() {
        Term extraction = term("model-extraction", "Model extraction");
        Term rlhf = term("rlhf", "RLHF");

        assertThat(TermSuggestions.matching(List.of(extraction, rlhf), "MODEL-EXT")).containsExactly(extraction);
        assertThat(TermSuggestions.matching(List.of(extraction, rlhf), "model_extraction")).containsExactly(extraction);
        assertThat(TermSuggestions.matching(List.of(extraction, rlhf), "zzz")).isEmpty();
    }

    @Test
    void an_empty_query_offers_the_first_25_entries_alphabetically() {
        // GIVEN 30 entries, in reverse order
        List<Term> terms = IntStream.range(0, 30).map(i -> 29 - i)
                .mapToObj(i -> term("t" + (100 + i), "Term " + (100 + i))).toList();

        // WHEN nothing is typed yet
        List<Term> offered = TermSuggestions.matching(terms, "");

        // THEN Discord's maximum of 25 is offered, in alphabetical order
        assertThat(offered).hasSize(TermSuggestions.MAX_CHOICES);
        assertThat(offered.get(0).display()).isEqualTo("Term 100");
        assertThat(offered.get(24).display()).isEqualTo("Term 124");
    }

    private static Term term(String id, String display, String... aliases) {
        return new Term(id, display, List.of(aliases), "definition", "note", List.of(), List.of(), LocalDate.of(2025, 1, 1));
    }
}
