package dev.termbot.platform.slack;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the Slack adapter behaves; holds no secrets (those are in {@link SlackCredentials}).
 *
 * @param replyMode          where passive notes go: in the message's thread, or ephemeral to its author
 * @param moderatorChannel   channel id that receives the digest; "" posts it nowhere
 * @param moderatorUserGroup user group id whose members count as moderators besides admins and owners; "" for none
 * @param httpPort           port of the Events API endpoint in HTTP mode (0 picks a free port)
 * @param httpHost           address the HTTP endpoint binds to
 * @param apiUrl             Web API base URL such as {@code http://127.0.0.1:9999/api/}; "" means Slack's own
 * @param closeTimeout       how long {@code close()} waits for replies still in flight
 */
public record SlackSettings(ReplyMode replyMode, String moderatorChannel, String moderatorUserGroup, int httpPort,
                            String httpHost, String apiUrl, Duration closeTimeout) {

    public static final int DEFAULT_PORT = 3000;
    /**
     * How long a stop waits for owed notes to be posted. Below {@code run}'s 10 s stop bound, so the
     * usage log and the connections still close in time; notes not posted by then stay owed.
     */
    static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);
    public static final String PORT_VARIABLE = "TERMBOT_SLACK_PORT";
    public static final String API_URL_VARIABLE = "TERMBOT_SLACK_API_URL";

    /** Where a passive note is shown. */
    public enum ReplyMode {
        /** A reply in the message's thread, visible to everyone in the channel. */
        THREAD,
        /** An ephemeral message only the author sees. */
        EPHEMERAL;

        /** Reads the config value {@code thread} or {@code ephemeral} (any case). */
        public static ReplyMode parse(String text) {
            String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            for (ReplyMode mode : values()) {
                if (mode.name().equals(value)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("slack reply mode must be thread or ephemeral, not '" + text + "'");
        }
    }

    public SlackSettings {
        Objects.requireNonNull(replyMode, "replyMode");
        moderatorChannel = moderatorChannel == null ? "" : moderatorChannel.strip();
        moderatorUserGroup = moderatorUserGroup == null ? "" : moderatorUserGroup.strip();
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("slack HTTP port out of range: " + httpPort);
        }
        httpHost = httpHost == null || httpHost.isBlank() ? "0.0.0.0" : httpHost.strip();
        apiUrl = normaliseApiUrl(apiUrl);
        closeTimeout = closeTimeout == null ? DEFAULT_CLOSE_TIMEOUT : closeTimeout;
    }

    /** Thread replies, no moderator channel or group, port 3000 on all interfaces, Slack's own API. */
    public static SlackSettings defaults() {
        return new SlackSettings(ReplyMode.THREAD, "", "", DEFAULT_PORT, "0.0.0.0", "", DEFAULT_CLOSE_TIMEOUT);
    }

    /** These settings with {@code TERMBOT_SLACK_PORT} and {@code TERMBOT_SLACK_API_URL} applied when set. */
    public SlackSettings withEnvironment(Map<String, String> env) {
        int port = httpPort;
        String portText = env.getOrDefault(PORT_VARIABLE, "").strip();
        if (!portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number, not '" + portText + "'", e);
            }
        }
        String url = env.getOrDefault(API_URL_VARIABLE, "").strip();
        return new SlackSettings(replyMode, moderatorChannel, moderatorUserGroup, port, httpHost,
                url.isEmpty() ? apiUrl : url, closeTimeout);
    }

    public SlackSettings withReplyMode(ReplyMode mode) {
        return new SlackSettings(mode, moderatorChannel, moderatorUserGroup, httpPort, httpHost, apiUrl, closeTimeout);
    }

    public SlackSettings withModerators(String channel, String userGroup) {
        return new SlackSettings(replyMode, channel, userGroup, httpPort, httpHost, apiUrl, closeTimeout);
    }

    public SlackSettings withHttp(String host, int port) {
        return new SlackSettings(replyMode, moderatorChannel, moderatorUserGroup, port, host, apiUrl, closeTimeout);
    }

    public SlackSettings withApiUrl(String url) {
        return new SlackSettings(replyMode, moderatorChannel, moderatorUserGroup, httpPort, httpHost, url, closeTimeout);
    }

    private static String normaliseApiUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String trimmed = url.strip();
        if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
            throw new IllegalArgumentException(API_URL_VARIABLE + " must be an http(s) URL such as https://slack.com/api/");
        }
        // the SDK appends the method name directly, so the prefix must end with a slash
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
