package dev.termbot.platform.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which Discord shards this process runs: {@code total} shards for the whole bot, of which this
 * process runs {@code ids}. Discord sends the events of a guild to shard
 * {@code (guild_id >> 22) % total} only, so processes that split the ids between them see every
 * guild exactly once. {@link #NONE} is the unsharded default (one gateway session for every guild).
 *
 * @param total the number of shards of the whole bot; 0 for unsharded
 * @param ids   the shards this process runs, ascending, each below {@code total}
 *
 * <p>Immutable and thread-safe.
 */
public record DiscordShards(int total, List<Integer> ids) {
    /** One session, no sharding. */
    public static final DiscordShards NONE = new DiscordShards(0, List.of());
    /** Discord asks for a shard per 1,000 guilds or so; this bound only catches typing mistakes. */
    static final int MAX_TOTAL = 65_536;

    public DiscordShards {
        ids = List.copyOf(ids);
        if (total < 0 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("'total' must be from 1 to " + MAX_TOTAL + ", not " + total);
        }
        for (int id : ids) {
            if (id < 0 || id >= total) {
                throw new IllegalArgumentException("shard id " + id + " is not below 'total' (" + total
                        + "): shard ids count from 0 to total - 1");
            }
        }
    }

    /**
     * Reads {@code ids} as written in the settings file: single ids and ranges separated by commas,
     * such as {@code 0-1} or {@code 0, 2, 5-7}; empty means every shard of {@code total}.
     *
     * @throws IllegalArgumentException with a message for the settings file's reader
     */
    public static DiscordShards of(int total, String ids) {
        String text = ids == null ? "" : ids.strip();
        if (text.isEmpty()) {
            List<Integer> all = new ArrayList<>();
            for (int id = 0; id < total; id++) {
                all.add(id);
            }
            return new DiscordShards(total, all);
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-", -1);
            if (range.length > 2) {
                throw malformed(ids);
            }
            int from = number(range[0], ids);
            int to = range.length == 2 ? number(range[1], ids) : from;
            if (to < from) {
                throw new IllegalArgumentException("'ids' range " + part.strip() + " runs backwards");
            }
            for (int id = from; id <= to; id++) {
                if (!chosen.add(id)) {
                    throw new IllegalArgumentException("'ids' names shard " + id + " twice");
                }
            }
        }
        return new DiscordShards(total, List.copyOf(chosen));
    }

    /** Whether shards are configured at all. */
    public boolean sharded() {
        return total > 0;
    }

    /** The shard Discord sends a guild's events to. */
    static int shardOf(long guildId, int total) {
        return (int) ((guildId >>> 22) % total);
    }

    /**
     * Whether this process runs the shard of the guild (always, when unsharded). Owed notes of other
     * guilds are left to the process that runs their shard.
     */
    public boolean owns(String guildId) {
        if (!sharded()) {
            return true;
        }
        try {
            return ids.contains(shardOf(Long.parseUnsignedLong(guildId), total));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "shard 1 of 4": how logs and readiness name one shard. */
    static String name(int id, int total) {
        return "shard " + id + " of " + total;
    }

    private static int number(String text, String ids) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw malformed(ids);
        }
    }

    private static IllegalArgumentException malformed(String ids) {
        return new IllegalArgumentException("'ids' must list shard ids and ranges such as 0-1 or 0, 2, 5-7, not '"
                + ids.strip() + "'");
    }
}
