package dev.termbot.cli;

import dev.termbot.core.ChatPlatform;
import dev.termbot.core.PlatformContext;
import dev.termbot.core.PlatformProvider;
import dev.termbot.core.SettingsBlock;

import java.util.Map;
import java.util.Objects;

/**
 * One platform's settings together with the provider that read them, so the settings can go back
 * to that provider typed, without a cast.
 *
 * @param provider the platform
 * @param settings what its block of the settings file (and the environment) said
 * @param <S>      the platform's settings type
 */
record PlatformSettings<S>(PlatformProvider<S> provider, S settings) {
    PlatformSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(settings, "settings");
    }

    static <S> PlatformSettings<S> read(PlatformProvider<S> provider, SettingsBlock block) {
        return new PlatformSettings<>(provider, provider.readSettings(block));
    }

    PlatformSettings<S> withEnvironment(Map<String, String> env) {
        return new PlatformSettings<>(provider, provider.withEnvironment(settings, env));
    }

    ChatPlatform create(PlatformContext context) {
        return provider.create(context, settings);
    }
}
