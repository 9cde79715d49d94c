package dev.termbot.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text that echoes a user's words unable to ping anyone on any platform. Adapters still send
 * with mentions disabled (Discord {@code allowed_mentions}, Slack escaping); this is the second lock,
 * applied in the core so that no adapter can forget it.
 *
 * <p>Stateless and thread-safe.
 */
public final class MentionGuard {
    /** Slack specials ({@code <!channel>}, {@code <@U123>}, {@code <#C1>}) and Discord ({@code <@123>}, {@code <@&1>}). */
    private static final Pattern ANGLE_MENTION = Pattern.compile("<(?=[!@#])");
    /** {@code @everyone}, {@code @here}, {@code @channel}, and any {@code @name}. */
    private static final Pattern AT_WORD = Pattern.compile("@(?=[\\p{L}\\p{N}_])");
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private MentionGuard() {
    }

    /** Returns text that reads the same to a person but that no chat platform parses as a mention. */
    public static String defang(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String noAngles = ANGLE_MENTION.matcher(text).replaceAll(Matcher.quoteReplacement("\u2039"));
        return AT_WORD.matcher(noAngles).replaceAll(Matcher.quoteReplacement("@" + ZERO_WIDTH_SPACE));
    }
}
