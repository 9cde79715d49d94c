package dev.termbot.cli;

import dev.termbot.core.ChatPlatform;
import dev.termbot.core.PlatformContext;
import dev.termbot.core.PlatformProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Builds the named platforms.
     *
     * @throws BadInput for an unknown name or a missing secret, as one sentence saying what to set
     */
    List<ChatPlatform> build(Set<String> names) throws BadInput {
        List<PlatformProvider<?>> chosen = new ArrayList<>();
        for (String name : names) {
            // every name is checked before anything connects
            PlatformProvider<?> provider = platforms.find(name).orElseThrow(() -> new BadInput("unknown platform '" + name
                    + "': use " + String.join(" or ", chatServices()) + ", for example --platform " + chatServices().get(0)));
            Optional<String> missing = provider.whatIsMissing(env);
            if (missing.isPresent()) {
                throw new BadInput(missing.get());
            }
            chosen.add(provider);
        }
        PlatformContext context = new PlatformContext(assembly.bot(), assembly.clock(), assembly::lastWeekDigest, env,
                assembly.storage().installations(), assembly.noteControls(),
                assembly.storage().channelNames(), assembly.suggestions());
        List<ChatPlatform> chats = new ArrayList<>();
        for (PlatformProvider<?> provider : chosen) {
            chats.add(assembly.settings().platforms().get(provider.name()).create(context));
        }
        return chats;
    }

    // the platforms that connect to a chat service (the console has no secret to set)
    private List<String> chatServices() {
        return platforms.providers().stream().filter(provider -> !provider.secretVariables().isEmpty())
                .map(PlatformProvider::name).toList();
    }
}
