package dev.termbot.platform.discord;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscordShardsTest {

    @Test
    void ids_are_read_as_single_ids_and_ranges_and_default_to_every_shard() {
        assertThat(DiscordShards.of(4, "0-1").ids()).containsExactly(0, 1);
        assertThat(DiscordShards.of(8, " 5-7, 0, 2 ").ids()).containsExactly(0, 2, 5, 6, 7);
        assertThat(DiscordShards.of(3, "").ids()).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> DiscordShards.of(4, "3-4")).hasMessageContaining("shard id 4 is not below 'total' (4)");
        assertThatThrownBy(() -> DiscordShards.of(4, "2-1")).hasMessageContaining("runs backwards");
        assertThatThrownBy(() -> DiscordShards.of(4, "1,1")).hasMessageContaining("names shard 1 twice");
        assertThatThrownBy(() -> DiscordShards.of(4, "1-2-3")).hasMessageContaining("such as 0-1");
    }

    @Test
    void a_guild_belongs_to_the_shard_discord_sends_it_to() {
        // Discord's rule: (guild_id >> 22) % total; the low 22 bits of a snowflake never matter
        long base = 200_000_000_000_000_001L;
        DiscordShards first = new DiscordShards(2, List.of(0));
        DiscordShards second = new DiscordShards(2, List.of(1));
        assertThat(first.owns(Long.toString(base))).isTrue();
        assertThat(second.owns(Long.toString(base))).isFalse();
        assertThat(second.owns(Long.toString(base + (1L << 22)))).isTrue();
        assertThat(first.owns(Long.toString(base - 1))).as("same shard below the 23rd bit").isTrue();
        assertThat(DiscordShards.NONE.owns(Long.toString(base + (1L << 22)))).as("unsharded owns every guild").isTrue();
        assertThat(first.owns("not a snowflake")).isFalse();
    }
}
