package dev.termbot.storage;

/**
 * Hits in one channel in a period.
 *
 * @param name the channel's name as its platform last reported it (without '#'); "" when no name is known
 */
public record ChannelActivity(String platform, String workspace, String channel, long hits, String name) {
    public ChannelActivity {
        name = name == null ? "" : name;
    }

    /** Activity in a channel whose name is not known. */
    public ChannelActivity(String platform, String workspace, String channel, long hits) {
        this(platform, workspace, channel, hits, "");
    }

    /** The name when known, else the id: what people read. */
    public String label() {
        return name.isEmpty() ? channel : name;
    }
}
