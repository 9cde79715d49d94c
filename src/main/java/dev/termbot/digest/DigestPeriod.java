package dev.termbot.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a digest covers, both inclusive, read in the digest's time zone: an ISO week
 * ({@code 2026-W48} = Monday 2026-11-23 to Sunday 2026-11-29) or any range of up to
 * {@value #MAX_DAYS} days. Immutable.
 */
public record DigestPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

    public DigestPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a digest covers at most " + MAX_DAYS + " days");
        }
    }

    /** Parses {@code 2026-W48}; weeks run Monday to Sunday and week 1 holds the year's first Thursday. */
    public static DigestPeriod isoWeek(String text) {
        Matcher m = ISO_WEEK.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO week: '" + text + "' (expected e.g. 2026-W48)");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate middleOfYear = LocalDate.of(year, 6, 1);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(middleOfYear).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(year + " has ISO weeks 1 to " + weeks + ", not " + week);
        }
        LocalDate monday = middleOfYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new DigestPeriod(monday, monday.plusDays(6));
    }

    /** The ISO week {@code now} falls in, from its Monday up to and including today. */
    public static DigestPeriod currentIsoWeekSoFar(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return new DigestPeriod(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
    }

    /** The ISO week (e.g. "2026-W49") that contains the first day. */
    public String weekOfFirstDay() {
        return String.format("%d-W%02d", from.get(IsoFields.WEEK_BASED_YEAR), from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last ISO week that has fully ended at {@code now} in {@code zone}. */
    public static DigestPeriod lastFullIsoWeek(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return new DigestPeriod(monday, monday.plusDays(6));
    }

    /** The period of the same length that ends the day before this one starts. */
    public DigestPeriod previous() {
        return new DigestPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** Number of days, at least 1. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public List<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The first instant of {@code from} in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** "2026-W48" when the period is exactly one ISO week. */
    public Optional<String> isoWeek() {
        if (from.getDayOfWeek() != DayOfWeek.MONDAY || days() != 7) {
            return Optional.empty();
        }
        return Optional.of(weekOfFirstDay());
    }

    /** "2026-W48 (2026-11-23 to 2026-11-29)" or "2026-11-01 to 2026-11-30". */
    public String label() {
        String range = from + " to " + to;
        return isoWeek().map(week -> week + " (" + range + ")").orElse(range);
    }
}
