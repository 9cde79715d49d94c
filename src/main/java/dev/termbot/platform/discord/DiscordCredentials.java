package dev.termbot.platform.discord;

import java.util.Map;

/**
 * The bot token, read from the {@code DISCORD_TOKEN} environment variable and nowhere else. Its
 * {@link #toString()} never shows the token, so it cannot leak through a log line or an exception.
 *
 * <p>Immutable and thread-safe.
 */
public final class DiscordCredentials {
    /** The only place the token comes from. */
    public static final String TOKEN_VARIABLE = "DISCORD_TOKEN";

    private final String token;

    private DiscordCredentials(String token) {
        this.token = token;
    }

    /**
     * Reads the token from the given environment (pass {@code System.getenv()}).
     *
     * @throws IllegalStateException when {@code DISCORD_TOKEN} is missing or blank
     */
    public static DiscordCredentials fromEnvironment(Map<String, String> environment) {
        String value = environment.get(TOKEN_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(TOKEN_VARIABLE + " is not set: create a bot in the Discord developer "
                    + "portal (Bot \u2192 Reset Token) and export the token as " + TOKEN_VARIABLE);
        }
        String token = value.strip();
        // people paste the header form; JDA adds "Bot " itself
        return new DiscordCredentials(token.startsWith("Bot ") ? token.substring(4).strip() : token);
    }

    String token() {
        return token;
    }

    @Override
    public String toString() {
        return "DiscordCredentials[token=(hidden)]";
    }
}
