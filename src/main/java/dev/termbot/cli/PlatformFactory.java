package dev.termbot.cli;

import dev.termbot.core.ChatPlatform;
import dev.termbot.core.PlatformContext;
import dev.termbot.core.PlatformProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the chat platforms {@code run} starts, from the registered {@link Platforms}: adding a
 * platform changes nothing here.
 */
final class PlatformFactory {
    private final Assembly assembly;
    private final Platforms platforms;
    private final Map<String, String> env;

    PlatformFactory(Assembly assembly, Platforms platforms, Map<String, String> env) {
        this.assembly = assembly;
        this.platforms = platforms;
        this.env = env;
    }

    /** The platforms whose secrets are present in the environment. */
    List<String> configured() {
        return platforms.configured(env);
    }

    /** What to set to configure some platform, for the message when none is. */
    String howToConfigure() {
        return String.join(" or ", platforms.providers().stream().map(PlatformProvider::configurationHint)
                .filter(hint -> !hint.isEmpty()).toList());
    }

    List<ChatPlatform> build(Set<String> names) {
        PlatformContext context = new PlatformContext(assembly.bot(), assembly.clock(), assembly::lastWeekDigest, env);
        List<ChatPlatform> chats = new ArrayList<>();
        for (String name : names) {
            PlatformProvider<?> provider = platforms.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown platform '" + name + "'; known: " + String.join(", ", platforms.names())));
            chats.add(assembly.settings().platforms().get(provider.name()).create(context));
        }
        return chats;
    }
}
