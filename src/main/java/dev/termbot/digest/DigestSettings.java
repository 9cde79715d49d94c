package dev.termbot.digest;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How a digest is computed.
 *
 * @param zone           the time zone whose calendar days and weeks the digest counts in; default UTC
 * @param staleAfterDays a term whose {@code reviewed} date is older than this is listed for review; default 180
 * @param top            how many channels and define queries to list; default 10
 */
public record DigestSettings(ZoneId zone, int staleAfterDays, int top) {
    public static final DigestSettings DEFAULTS = new DigestSettings(ZoneId.of("UTC"), 180, 10);

    public DigestSettings {
        Objects.requireNonNull(zone, "zone");
        if (staleAfterDays < 0 || top < 1) {
            throw new IllegalArgumentException("staleAfterDays must be >= 0 and top >= 1");
        }
    }

    public DigestSettings withZone(ZoneId newZone) {
        return new DigestSettings(newZone, staleAfterDays, top);
    }

    public DigestSettings withStaleAfterDays(int days) {
        return new DigestSettings(zone, days, top);
    }
}
