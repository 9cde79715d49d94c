package dev.termbot.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One workspace that installed termbot through a chat service's OAuth flow.
 *
 * @param platform    the platform's name, such as {@code slack}
 * @param workspace   the workspace (Slack team) id
 * @param botUserId   the bot's user id in that workspace; "" when unknown
 * @param sealedToken the bot token as the adapter sealed it (encrypted); the store never sees it in clear
 * @param installedAt when the installation was stored
 */
public record Installation(String platform, String workspace, String botUserId, String sealedToken, Instant installedAt) {
    public Installation {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspace, "workspace");
        botUserId = botUserId == null ? "" : botUserId;
        Objects.requireNonNull(sealedToken, "sealedToken");
        Objects.requireNonNull(installedAt, "installedAt");
    }

    /** Never prints the sealed token, so an installation can appear in a log line. */
    @Override
    public String toString() {
        return "Installation[" + platform + "/" + workspace + ", installedAt=" + installedAt + "]";
    }
}
