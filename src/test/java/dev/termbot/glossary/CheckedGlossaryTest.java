package dev.termbot.glossary;

import dev.termbot.core.ConfigException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedGlossaryTest {
    private static final String TWO_ENTRIES = """
            version: 1
            terms:
              - id: old-entry
                term: Old entry
                definition: An entry nobody has looked at for a while.
                note: It is still valid. It only needs a fresh look.
                links:
                  - title: Source
                    url: https://example.org/old
                related: [new-entry]
                reviewed: 2025-01-10
              - id: new-entry
                term: New entry
                definition: An entry checked recently.
                note: It was reviewed last month. Nothing to do.
                links:
                  - title: Source
                    url: https://example.org/new
                related: [old-entry]
                reviewed:   2026-11-20
            """;

    @Test
    void reviewsOlderThanTheAgeAreWarnedAboutAtTheLineAndColumnOfTheirDate() throws ConfigException {
        // GIVEN
        CheckedGlossary checked = GlossaryFile.checkText(TWO_ENTRIES, "config/glossary.yaml");
        // WHEN
        var warnings = checked.staleWarnings(LocalDate.of(2026, 12, 5), 180);
        // THEN only the old entry, pointing at its date
        assertThat(warnings).containsExactly("config/glossary.yaml:11:15: warning: term 'old-entry' was last reviewed on"
                + " 2025-01-10, 694 days ago (more than 180); check it and update 'reviewed'");
        assertThat(checked.reviews()).extracting(ReviewDate::termId, ReviewDate::line, ReviewDate::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("old-entry", 11, 15),
                        org.assertj.core.groups.Tuple.tuple("new-entry", 20, 17));
    }

    @Test
    void theAgeIsAStrictLimitLikeTheDigestsAndZeroFlagsEverythingNotReviewedToday() throws ConfigException {
        CheckedGlossary checked = GlossaryFile.checkText(TWO_ENTRIES, "g.yaml");
        LocalDate today = LocalDate.of(2026, 11, 20);
        // reviewed exactly 15 days ago is not older than 15 days
        assertThat(checked.staleReviews(today.plusDays(15), 15)).extracting(ReviewDate::termId).containsExactly("old-entry");
        assertThat(checked.staleReviews(today.plusDays(16), 15)).extracting(ReviewDate::termId).containsExactly("old-entry", "new-entry");
        assertThat(checked.staleReviews(today, 0)).extracting(ReviewDate::termId).containsExactly("old-entry");
        assertThatThrownBy(() -> checked.staleReviews(today, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedGlossaryHasNoReviewOlderThanTheDefaultAgeOnItsReviewDay() {
        CheckedGlossary shipped = GlossaryFile.checkDefault();
        assertThat(shipped.reviews()).hasSize(shipped.glossary().terms().size());
        assertThat(shipped.staleWarnings(LocalDate.of(2026, 12, 5), 180)).isEmpty();
    }
}
