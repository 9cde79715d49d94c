package dev.termbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestPeriodTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void an_iso_week_runs_monday_to_sunday_and_week_one_may_start_in_the_previous_year() {
        assertThat(DigestPeriod.isoWeek("2026-W48")).isEqualTo(new DigestPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(DigestPeriod.isoWeek("2026-W01")).isEqualTo(new DigestPeriod(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)));
        assertThat(DigestPeriod.isoWeek("2026-W53")).isEqualTo(new DigestPeriod(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)));
        assertThat(DigestPeriod.isoWeek("2026-W1").isoWeek()).contains("2026-W01");
        assertThat(new DigestPeriod(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)).isoWeek()).contains("2026-W01");
    }

    @Test
    void impossible_weeks_and_ranges_are_refused_with_a_reason() {
        assertThatThrownBy(() -> DigestPeriod.isoWeek("2025-W53")).hasMessageContaining("2025 has ISO weeks 1 to 52");
        assertThatThrownBy(() -> DigestPeriod.isoWeek("2026-W00")).hasMessageContaining("not 0");
        assertThatThrownBy(() -> DigestPeriod.isoWeek("week 48")).hasMessageContaining("expected e.g. 2026-W48");
        assertThatThrownBy(() -> new DigestPeriod(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1))).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new DigestPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))).hasMessageContaining("at most 366 days");
    }

    @Test
    void the_last_full_week_depends_on_the_zone() {
        // 2026-11-30T03:00Z is Monday in UTC but still Sunday evening in New York
        Instant now = Instant.parse("2026-11-30T03:00:00Z");

        assertThat(DigestPeriod.lastFullIsoWeek(now, UTC).isoWeek()).contains("2026-W48");
        assertThat(DigestPeriod.lastFullIsoWeek(now, NEW_YORK).isoWeek()).contains("2026-W47");
        assertThat(DigestPeriod.lastFullIsoWeek(Instant.parse("2026-01-05T00:00:00Z"), UTC).isoWeek()).contains("2026-W01");
    }

    @Test
    void the_previous_period_has_the_same_length_and_ends_the_day_before() {
        assertThat(DigestPeriod.isoWeek("2026-W01").previous().isoWeek()).contains("2025-W52");
        DigestPeriod november = new DigestPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(november.previous()).isEqualTo(new DigestPeriod(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31)));
        assertThat(november.days()).isEqualTo(30);
        assertThat(november.label()).isEqualTo("2026-11-01 to 2026-11-30");
    }

    @Test
    void instants_follow_the_zones_calendar_including_daylight_saving_changes() {
        DigestPeriod dstWeek = DigestPeriod.isoWeek("2026-W10"); // 2026-03-08: clocks go forward in New York

        assertThat(dstWeek.start(NEW_YORK)).isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
        assertThat(dstWeek.end(NEW_YORK)).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(Duration.between(dstWeek.start(NEW_YORK), dstWeek.end(NEW_YORK))).isEqualTo(Duration.ofHours(7 * 24 - 1));
    }
}
