package dev.termbot.core;

import java.util.List;
import java.util.Map;

/**
 * The seam between the composition root and one chat platform: everything the rest of termbot needs
 * to know about a platform, so adding one is a folder under {@code platform/}, one line in
 * {@code META-INF/services/dev.termbot.core.PlatformProvider}, its SDK dependency and its block in
 * the settings file. Implementations are stateless and have a public no-argument constructor
 * ({@link java.util.ServiceLoader} creates them).
 *
 * @param <S> the platform's own settings, read from its block of the settings file
 */
public interface PlatformProvider<S> {
    /** "slack", "discord", ...: the {@code --platform} value and the settings file key. */
    String name();

    /** Environment variables holding the platform's secrets; their values never reach a log. */
    List<String> secretVariables();

    /**
     * The prefix of the platform's own environment variables (such as {@code "SLACK_"}): any of them
     * named like a secret (ending in TOKEN, SECRET, KEY or PASSWORD) is redacted from logs too.
     */
    String environmentPrefix();

    /** Whether the environment holds what the platform needs, so {@code run} starts it unasked. */
    boolean isConfigured(Map<String, String> env);

    /**
     * What to set so {@link #isConfigured} holds, for the message {@code run} gives when no platform
     * is configured, e.g. {@code "DISCORD_TOKEN"}; "" for a platform that is only started by name.
     */
    String configurationHint();

    /**
     * What a person must set before this platform can start, as one sentence naming the variable
     * and where its value comes from; empty when nothing is missing. Checked before anything connects.
     */
    default java.util.Optional<String> whatIsMissing(Map<String, String> env) {
        return isConfigured(env) ? java.util.Optional.empty()
                : java.util.Optional.of(name() + " is not configured: export " + configurationHint());
    }

    /** The keys its settings block may hold, in the order error messages list them. */
    List<String> settingsKeys();

    /** Its settings from its block; an empty block gives the defaults. */
    S readSettings(SettingsBlock block);

    /**
     * Its settings with the environment's overrides applied (ports and such); called for every
     * command, so a platform that is not used must not fail here.
     */
    default S withEnvironment(S settings, Map<String, String> env) {
        return settings;
    }

    /** The markup its messages are written in, for the detector. */
    Markup markup();

    /** A platform ready to {@link ChatPlatform#start() start}; not connected yet. */
    ChatPlatform create(PlatformContext context, S settings);
}
