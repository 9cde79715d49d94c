package dev.termbot.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the weekly digest is due: one weekday and a time of day in a zone, written {@code "MON 09:00"}
 * (English day name, three letters or full, any case; 24-hour time). Weekly only, because the
 * digest is weekly; a cron expression would offer choices that make no sense here. Each run covers
 * the last full ISO week before its due time. Default: Monday 09:00 UTC. Immutable.
 */
public record DigestSchedule(DayOfWeek day, LocalTime time, ZoneId zone) {
    public static final DigestSchedule DEFAULT = new DigestSchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC"));
    private static final Pattern SPEC = Pattern.compile("([A-Za-z]+)\\s+(\\d{1,2}):(\\d{2})");

    public DigestSchedule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** Parses e.g. "MON 09:00" or "friday 17:30". */
    public static DigestSchedule parse(String spec, ZoneId zone) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a schedule: '" + spec + "' (expected a weekday and a time, e.g. MON 09:00)");
        }
        DayOfWeek day = dayNamed(m.group(1));
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("not a time of day: " + m.group(2) + ":" + m.group(3));
        }
        return new DigestSchedule(day, LocalTime.of(hour, minute), zone);
    }

    /** The latest due time at or before {@code now}. */
    public Instant latestDueAtOrBefore(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime due = at(today.with(TemporalAdjusters.previousOrSame(day)));
        if (due.toInstant().isAfter(now)) {
            due = at(due.toLocalDate().minusWeeks(1));
        }
        return due.toInstant();
    }

    /** The first due time after {@code now}. */
    public Instant nextDueAfter(Instant now) {
        return at(latestDueAtOrBefore(now).atZone(zone).toLocalDate().plusWeeks(1)).toInstant();
    }

    /** The period a run due at {@code dueAt} reports: the last ISO week that had ended by then. */
    public DigestPeriod periodFor(Instant dueAt) {
        return DigestPeriod.lastFullIsoWeek(dueAt, zone);
    }

    @Override
    public String toString() {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT) + " " + time + " " + zone.getId();
    }

    private ZonedDateTime at(LocalDate date) {
        // a time inside a daylight-saving gap moves forward to the first valid instant
        return ZonedDateTime.of(date, time, zone);
    }

    private static DayOfWeek dayNamed(String name) {
        String key = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().equals(key) || (key.length() == 3 && d.name().startsWith(key)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a weekday: '" + name + "' (MON, TUE, ... SUN)"));
    }
}
