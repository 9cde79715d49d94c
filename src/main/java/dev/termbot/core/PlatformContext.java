package dev.termbot.core;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the composition root hands a platform when it creates it.
 *
 * @param bot       the bot the platform feeds
 * @param clock     the clock of the whole process
 * @param digest    renders the digest a moderator asks for (Markdown)
 * @param env       the environment, for the platform's secrets and endpoint overrides
 */
public record PlatformContext(Bot bot, Clock clock, Supplier<String> digest, Map<String, String> env) {
    public PlatformContext {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(digest, "digest");
        env = Map.copyOf(env);
    }
}
