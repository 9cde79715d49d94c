package dev.termbot.platform.discord;

import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;

/** One guild of the fake Discord, as sent in GUILD_CREATE. Immutable. */
record FakeGuild(String id, String name, String ownerId, List<DataObject> roles, List<DataObject> channels,
                 List<DataObject> threads) {
    FakeGuild {
        roles = List.copyOf(roles);
        channels = List.copyOf(channels);
        threads = List.copyOf(threads);
    }

    /** The channel or thread object with this id (interactions carry it). */
    DataObject channel(String channelId) {
        return java.util.stream.Stream.concat(channels.stream(), threads.stream())
                .filter(channel -> channel.getString("id").equals(channelId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel " + channelId + " in guild " + id));
    }
}
