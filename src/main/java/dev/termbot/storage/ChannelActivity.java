package dev.termbot.storage;

/** Hits in one channel in a period. */
public record ChannelActivity(String platform, String workspace, String channel, long hits) {
}
