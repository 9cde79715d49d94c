package dev.termbot.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints the short durations moderators type: {@code 45m}, {@code 2h}, {@code 1h30m}, {@code 7d}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d{1,6})([dhms])");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,6}[dhms])+");
    /** The longest cooldown a moderator may set; a year is already "never again" for a chat. */
    public static final Duration LONGEST = Duration.ofDays(365);

    private Durations() {
    }

    /** Parses e.g. "45m" or "1h30m"; empty for anything else (including values over 365 days). */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (!WHOLE.matcher(s).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(s);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return total.compareTo(LONGEST) > 0 ? Optional.empty() : Optional.of(total);
    }

    /**
     * Why {@link #parse} refused {@code text}, as one sentence for the person who typed it: a
     * duration that is too long names the limit, anything else shows how to write one.
     */
    public static String whyNot(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (WHOLE.matcher(s).matches()) {
            return "\u201c" + s + "\u201d is longer than the longest cooldown, " + format(LONGEST)
                    + "; give a shorter one such as 45m, 2h or 7d.";
        }
        return "Give a duration such as 45m, 2h, 1h30m or 7d (at most " + format(LONGEST) + ").";
    }

    /** Prints a duration the way {@link #parse} reads it, e.g. "1h30m". */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0m";
        }
        StringBuilder out = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            out.append(days).append('d');
        }
        if (d.toHoursPart() > 0) {
            out.append(d.toHoursPart()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            out.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0) {
            out.append(d.toSecondsPart()).append('s');
        }
        return out.toString();
    }
}
