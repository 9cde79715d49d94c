package dev.termbot.ops;

import java.util.Objects;

/**
 * The answer of one {@link ReadinessCheck}.
 *
 * @param ready  whether this part can do its work now
 * @param detail why not, in a few words, when not ready ("" when ready)
 */
public record Readiness(boolean ready, String detail) {
    private static final Readiness READY = new Readiness(true, "");

    public Readiness {
        Objects.requireNonNull(detail, "detail");
    }

    public static Readiness ok() {
        return READY;
    }

    public static Readiness notReady(String reason) {
        return new Readiness(false, reason == null ? "" : reason);
    }
}
