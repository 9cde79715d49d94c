package dev.termbot.ops;

/**
 * One thing that must be true before termbot is ready: a platform is connected, the database is
 * writable. {@code GET /readyz} asks every registered check on each request.
 *
 * <p>Implementations are called from the HTTP server's threads and must be thread-safe and quick
 * (no network round trips); a check that throws counts as not ready.
 */
@FunctionalInterface
public interface ReadinessCheck {
    Readiness check();
}
