package dev.termbot.core;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the composition root hands a platform when it creates it.
 *
 * @param bot           the bot the platform feeds
 * @param clock         the clock of the whole process
 * @param digest        renders the digest a moderator asks for (Markdown)
 * @param env           the environment, for the platform's secrets and endpoint overrides
 * @param installations where a multi-workspace app keeps its installations (the bot's database)
 * @param suggestions   glossary suggestions from chat and the moderators' decisions on them
 */
public record PlatformContext(Bot bot, Clock clock, Supplier<String> digest, Map<String, String> env,
                              InstallationStore installations, GlossarySuggestions suggestions) {
    public PlatformContext {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(digest, "digest");
        env = Map.copyOf(env);
        Objects.requireNonNull(installations, "installations");
        Objects.requireNonNull(suggestions, "suggestions");
    }

    /** A context that takes no glossary suggestions. */
    public PlatformContext(Bot bot, Clock clock, Supplier<String> digest, Map<String, String> env,
                           InstallationStore installations) {
        this(bot, clock, digest, env, installations, GlossarySuggestions.unavailable());
    }

    /** A context whose installations live in memory only (the console, which never installs anything). */
    public PlatformContext(Bot bot, Clock clock, Supplier<String> digest, Map<String, String> env) {
        this(bot, clock, digest, env, new InMemoryInstallationStore());
    }
}
