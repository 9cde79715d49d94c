package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termbot.core.ChannelName;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlChannelNamesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void names_written_together_are_all_stored_the_last_of_a_channel_winning() {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        SqlChannelNames names = new SqlChannelNames(database);

        names.rememberAll(List.of(
                new ChannelName("discord", "G1", "C1", "general", T0),
                new ChannelName("discord", "G1", "C2", "x".repeat(SqlChannelNames.NAME_LIMIT + 50), T0),
                new ChannelName("discord", "G1", "C1", "renamed", T0.plusSeconds(1))));

        assertThat(names.find("discord", "G1", "C1")).map(ChannelName::name).contains("renamed");
        assertThat(names.find("discord", "G1", "C2")).map(ChannelName::name).contains("x".repeat(SqlChannelNames.NAME_LIMIT));
    }

    @Test
    void a_batch_that_fails_stores_none_of_its_names() {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        SqlChannelNames names = new SqlChannelNames(database);
        Rows.execute(database.file(), "CREATE TRIGGER refuse_bad BEFORE INSERT ON channel_names WHEN NEW.channel = 'bad'"
                + " BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END");

        assertThatThrownBy(() -> names.rememberAll(List.of(
                new ChannelName("discord", "G1", "C1", "general", T0),
                new ChannelName("discord", "G1", "bad", "bad", T0)))).isInstanceOf(StorageException.class);

        assertThat(names.find("discord", "G1", "C1")).isEmpty();
    }
}
