package dev.termbot.ops;

import java.util.Locale;

/**
 * How log lines look: readable text lines (the default) or one JSON object per line for log
 * collectors. Chosen with the system property {@value #PROPERTY} or the environment variable
 * {@value #ENVIRONMENT_VARIABLE} (read by {@link LogSetup}), or at run time with {@link LogOutput#use}.
 */
public enum LogFormat {
    TEXT,
    JSON;

    public static final String PROPERTY = "termbot.log.format";
    public static final String ENVIRONMENT_VARIABLE = "TERMBOT_LOG_FORMAT";

    /**
     * Parses "text" or "json" in any case; null or blank (an unset variable) means text; anything
     * else is an {@link IllegalArgumentException} naming both.
     */
    public static LogFormat parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "text", "" -> TEXT;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown log format '" + value + "' (expected text or json)");
        };
    }
}
