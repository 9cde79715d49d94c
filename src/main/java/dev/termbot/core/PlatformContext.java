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
 * @param noteControls  the feedback and removal controls under passive notes (votes in the bot's database)
 * @param channelNames  where channel names are kept for the digest (the bot's database)
 * @param suggestions   glossary suggestions from chat and the moderators' decisions on them
 */
public record PlatformContext(Bot bot, Clock clock, Supplier<String> digest, Map<String, String> env,
                              InstallationStore installations, NoteControls noteControls,
                              ChannelNames channelNames, GlossarySuggestions suggestions) {
    public PlatformContext {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(digest, "digest");
        env = Map.copyOf(env);
        Objects.requireNonNull(installations, "installations");
        Objects.requireNonNull(noteControls, "noteControls");
        Objects.requireNonNull(channelNames, "channelNames");
        Objects.requireNonNull(suggestions, "suggestions");
    }

    /** A context whose note votes live in memory only, that keeps no channel names and takes no suggestions. */
    public PlatformContext(Bot bot, Clock clock, Supplier<String> digest, Map<String, String> env,
                           InstallationStore installations) {
        this(bot, clock, digest, env, installations, NoteControls.inMemory(bot, clock), ChannelNames.NONE,
                GlossarySuggestions.unavailable());
    }

    /** A context whose installations live in memory only (the console, which never installs anything). */
    public PlatformContext(Bot bot, Clock clock, Supplier<String> digest, Map<String, String> env) {
        this(bot, clock, digest, env, new InMemoryInstallationStore());
    }
}
