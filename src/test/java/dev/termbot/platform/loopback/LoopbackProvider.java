package dev.termbot.platform.loopback;

import dev.termbot.core.ChatPlatform;
import dev.termbot.core.Markup;
import dev.termbot.core.PlatformContext;
import dev.termbot.core.PlatformProvider;
import dev.termbot.core.SettingsBlock;

import java.util.List;
import java.util.Map;

/**
 * A platform that exists only in the tests, added the way a real one is: this folder, one line in
 * {@code src/test/resources/META-INF/services/dev.termbot.core.PlatformProvider}, a {@code loopback:}
 * block in the settings file and a token in the environment. Nothing outside this folder names it.
 */
public final class LoopbackProvider implements PlatformProvider<LoopbackSettings> {
    public static final String TOKEN_VARIABLE = "LOOPBACK_TOKEN";

    @Override
    public String name() {
        return "loopback";
    }

    @Override
    public List<String> secretVariables() {
        return List.of(TOKEN_VARIABLE);
    }

    @Override
    public String environmentPrefix() {
        return "LOOPBACK_";
    }

    @Override
    public boolean isConfigured(Map<String, String> env) {
        String token = env.get(TOKEN_VARIABLE);
        return token != null && !token.isBlank();
    }

    @Override
    public String configurationHint() {
        return TOKEN_VARIABLE;
    }

    @Override
    public List<String> settingsKeys() {
        return List.of("port", "channel");
    }

    @Override
    public LoopbackSettings readSettings(SettingsBlock block) {
        int port = block.integer("port", 0, 65_535, LoopbackSettings.DEFAULTS.port());
        String channel = block.text("channel", LoopbackSettings.DEFAULTS.channel());
        if (channel.isEmpty() || channel.chars().anyMatch(Character::isWhitespace)) {
            block.reject("channel", "'channel' must be one word, not '" + channel + "'");
            channel = LoopbackSettings.DEFAULTS.channel();
        }
        return new LoopbackSettings(port, channel);
    }

    @Override
    public Markup markup() {
        return LoopbackPlatform.DIALECT;
    }

    @Override
    public ChatPlatform create(PlatformContext context, LoopbackSettings settings) {
        return new LoopbackPlatform(context.bot(), settings, context.env().get(TOKEN_VARIABLE), context.clock());
    }
}
