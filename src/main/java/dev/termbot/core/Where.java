package dev.termbot.core;

import java.util.Objects;

/**
 * Where something was said: platform, workspace (Slack team or Discord guild), channel and thread.
 * Every piece of per-community state is keyed by this, never by a static map, so several processes
 * (shards) can share one store.
 *
 * @param platform  "console", "slack", "discord", ...
 * @param workspace Slack team id / Discord guild id; "" where the platform has none
 * @param channel   channel id
 * @param thread    thread id, or "" when the message is not in a thread
 */
public record Where(String platform, String workspace, String channel, String thread) {
    public Where {
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        Objects.requireNonNull(channel, "channel");
        thread = thread == null ? "" : thread;
    }

    /** The channel this place belongs to, without the thread. */
    public Where channelOnly() {
        return thread.isEmpty() ? this : new Where(platform, workspace, channel, "");
    }
}
