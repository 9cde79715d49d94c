package dev.termbot.testing;

import dev.termbot.core.Markup;
import dev.termbot.platform.discord.DiscordProvider;
import dev.termbot.platform.slack.SlackProvider;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Markup dialects for tests: the shipped platforms' own (asked from their providers, as the bot
 * does) and every combination of the facts a dialect can state, so a detector property holds for
 * any dialect a future platform brings, not just today's three.
 */
public final class Dialects {
    public static final Markup SLACK = new SlackProvider().markup();
    public static final Markup DISCORD = new DiscordProvider().markup();
    /** Plain text and the shipped chat platforms' dialects. */
    public static final List<Markup> SHIPPED = List.of(Markup.PLAIN, SLACK, DISCORD);
    /** All eight combinations of {@link Markup}'s three facts. */
    public static final List<Markup> EVERY = everyCombination();

    private Dialects() {
    }

    /** PLAIN, SLACK_MRKDWN or DISCORD_MARKDOWN (the names tests used when the dialects were a closed list). */
    public static Markup named(String name) {
        return switch (name.strip()) {
            case "PLAIN" -> Markup.PLAIN;
            case "SLACK_MRKDWN" -> SLACK;
            case "DISCORD_MARKDOWN" -> DISCORD;
            default -> throw new IllegalArgumentException("no dialect named " + name);
        };
    }

    /** Draws from {@link #EVERY}. */
    public static Gen<Markup> any() {
        return Generate.pick(EVERY);
    }

    private static List<Markup> everyCombination() {
        List<Markup> all = new ArrayList<>();
        for (int bits = 0; bits < 8; bits++) {
            all.add(new Markup("dialect " + Integer.toBinaryString(bits), (bits & 1) != 0, (bits & 2) != 0,
                    (bits & 4) != 0));
        }
        return List.copyOf(all);
    }
}
