package dev.termbot.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The reply policy's knobs.
 *
 * @param cooldown        at most one note per rule per channel/thread within this time
 * @param explainedWindow do not explain the same rule to the same user again within this time
 */
public record PolicySettings(Duration cooldown, Duration explainedWindow) {
    public static final PolicySettings DEFAULTS = new PolicySettings(Duration.ofMinutes(30), Duration.ofDays(7));

    public PolicySettings {
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(explainedWindow, "explainedWindow");
        if (cooldown.isNegative() || explainedWindow.isNegative()) {
            throw new IllegalArgumentException("cooldown and explained window must not be negative");
        }
    }
}
