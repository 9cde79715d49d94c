package dev.termbot.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A channel's name as its platform reported it, for the digest. Never a direct message's name
 * (those are people's names): only channels a community named.
 *
 * @param platform  "slack", "discord", ...
 * @param workspace Slack team id / Discord guild id
 * @param channel   channel id
 * @param name      the name without a leading '#', e.g. "general"
 * @param seenAt    when the platform last reported this name
 */
public record ChannelName(String platform, String workspace, String channel, String name, Instant seenAt) {
    public ChannelName {
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
