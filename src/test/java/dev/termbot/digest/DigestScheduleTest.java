package dev.termbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void parses_weekday_and_time() {
        assertThat(DigestSchedule.parse("MON 09:00", UTC)).isEqualTo(DigestSchedule.DEFAULT);
        assertThat(DigestSchedule.parse("  friday 17:30 ", UTC))
                .isEqualTo(new DigestSchedule(DayOfWeek.FRIDAY, LocalTime.of(17, 30), UTC));
        assertThat(DigestSchedule.parse("sun 7:05", UTC).time()).isEqualTo(LocalTime.of(7, 5));
        assertThat(DigestSchedule.DEFAULT).hasToString("MON 09:00 UTC");
    }

    @Test
    void refuses_what_it_cannot_read() {
        assertThatThrownBy(() -> DigestSchedule.parse("0 9 * * 1", UTC)).hasMessageContaining("expected a weekday and a time");
        assertThatThrownBy(() -> DigestSchedule.parse("MOO 09:00", UTC)).hasMessageContaining("not a weekday");
        assertThatThrownBy(() -> DigestSchedule.parse("MON 24:00", UTC)).hasMessageContaining("not a time of day");
    }

    @Test
    void finds_the_latest_and_next_due_time() {
        DigestSchedule schedule = DigestSchedule.DEFAULT;

        assertThat(schedule.latestDueAtOrBefore(Instant.parse("2026-11-30T09:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(schedule.latestDueAtOrBefore(Instant.parse("2026-11-30T08:59:59Z"))).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(schedule.latestDueAtOrBefore(Instant.parse("2026-12-02T12:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(schedule.nextDueAfter(Instant.parse("2026-12-02T12:00:00Z"))).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(schedule.periodFor(Instant.parse("2026-11-30T09:00:00Z")).isoWeek()).contains("2026-W48");
    }

    @Test
    void due_times_follow_the_schedules_zone() {
        DigestSchedule newYork = DigestSchedule.parse("MON 09:00", ZoneId.of("America/New_York"));

        assertThat(newYork.latestDueAtOrBefore(Instant.parse("2026-11-30T20:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T14:00:00Z"));
        // in summer time 09:00 in New York is 13:00 UTC
        assertThat(newYork.latestDueAtOrBefore(Instant.parse("2026-06-01T20:00:00Z"))).isEqualTo(Instant.parse("2026-06-01T13:00:00Z"));
        // Sunday 2026-11-29 23:30 in New York is already Monday in UTC, but the New York week 48 is not over until midnight there
        assertThat(DigestSchedule.parse("SUN 23:30", ZoneId.of("America/New_York")).periodFor(Instant.parse("2026-11-30T04:30:00Z")).isoWeek())
                .contains("2026-W47");
    }
}
