package dev.termbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.ScriptedSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StorageCommandsTest {
    @TempDir
    Path dir;

    private Path sessionDatabase() {
        Path file = dir.resolve("termbot.db");
        MutableClock clock = new MutableClock(ScriptedSession.START);
        try (Storage storage = Storage.open(file, clock, StorageOptions.fromEnvironment(System.getenv()))) {
            ScriptedSession.run(storage.policyStore(), storage.usageLog(), clock);
        }
        return file;
    }

    @Test
    void db_migrate_creates_the_database_and_then_reports_it_up_to_date() {
        Path file = dir.resolve("sub/termbot.db");

        CliRun first = CliRun.termbot("db", "migrate", "--db", file.toString());
        CliRun second = CliRun.termbot("db", "migrate", "--db", file.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("schema version 14 (12 migrations applied)");
        assertThat(second.out()).contains("schema version 14 (up to date)");
        assertThat(file).isRegularFile();
    }

    @Test
    void db_info_shows_version_migrations_rows_and_the_key_file() {
        Path file = sessionDatabase();

        CliRun info = CliRun.termbot("db", "info", "--db", file.toString());

        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("file:           " + file.toAbsolutePath())
                .contains("schema version: 14 (this termbot knows up to 14)")
                .containsPattern("1\\s+Create usage events\\s+Success")
                .containsPattern("usage_events\\s+13")
                .containsPattern("opted_out_users\\s+1");
        if (System.getenv("TERMBOT_HASH_KEY") == null) {
            assertThat(info.out()).contains("hash key:       " + Storage.keyFileFor(file.toAbsolutePath()));
        }
    }

    @Test
    void commands_that_read_refuse_a_missing_database_with_exit_code_2_and_create_nothing() {
        Path missing = dir.resolve("nope.db");

        for (String[] args : new String[][] {
                {"db", "info", "--db", missing.toString()},
                {"db", "purge", "--db", missing.toString()},
                {"privacy", "export", "--user", "U1", "--db", missing.toString()},
                {"privacy", "forget", "--user", "U1", "--db", missing.toString()},
                {"digest", "--week", "2026-W48", "--db", missing.toString()}}) {
            CliRun run = CliRun.termbot(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("no database at");
        }
        assertThat(missing).doesNotExist();
        assertThat(Storage.keyFileFor(missing)).doesNotExist();
    }

    @Test
    void bad_usage_exits_with_code_2() {
        assertThat(CliRun.termbot("db").exitCode()).isEqualTo(2);
        assertThat(CliRun.termbot("privacy", "export").exitCode()).isEqualTo(2);
        assertThat(CliRun.termbot("privacy", "export").err()).contains("Missing required option: '--user=ID'");
        assertThat(CliRun.termbot("digest", "--week", "2026-W48", "--from", "2026-11-01", "--to", "2026-11-02").exitCode()).isEqualTo(2);
        assertThat(CliRun.termbot("digest", "--from", "2026-13-01", "--to", "2026-12-01").exitCode()).isEqualTo(2);
        assertThat(CliRun.termbot("db", "purge", "--retention-days", "0", "--db", sessionDatabase().toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void privacy_export_prints_the_users_rows_as_json_and_forget_deletes_them() throws Exception {
        Path file = sessionDatabase();

        CliRun export = CliRun.termbot("privacy", "export", "--user", ScriptedSession.ALICE, "--db", file.toString());
        JsonNode alice = new ObjectMapper().readTree(export.out());

        assertThat(export.exitCode()).isZero();
        assertThat(alice.get("user_hash").asText()).matches("[0-9a-f]{64}");
        assertThat(alice.get("usage_events")).extracting(e -> e.get("kind").asText())
                .containsExactly("HIT", "REPLIED", "HIT", "SUPPRESSED", "DEFINE");
        assertThat(alice.get("usage_events").get(3).get("suppression_reason").asText()).isEqualTo("already_explained");
        assertThat(alice.get("usage_events").get(4).get("define_query").asText()).isEqualTo("model collapse");
        assertThat(alice.get("explained")).hasSize(1);
        assertThat(export.out()).doesNotContain(ScriptedSession.ALICE);

        CliRun narrowed = CliRun.termbot("privacy", "export", "--user", ScriptedSession.CAROL, "--platform", "slack", "--db", file.toString());
        assertThat(new ObjectMapper().readTree(narrowed.out()).get("usage_events")).isEmpty();

        CliRun forget = CliRun.termbot("privacy", "forget", "--user", ScriptedSession.CAROL, "--db", file.toString());
        assertThat(forget.exitCode()).isZero();
        assertThat(forget.out()).contains("deleted 3 usage events, 1 opt-outs, 0 explained rules, 0 votes on notes and 0 note removals");
        JsonNode carol = new ObjectMapper().readTree(
                CliRun.termbot("privacy", "export", "--user", ScriptedSession.CAROL, "--db", file.toString()).out());
        assertThat(carol.get("usage_events")).isEmpty();
        assertThat(carol.get("opt_outs")).isEmpty();
    }

    @Test
    void db_purge_applies_the_retention_given() {
        Path file = sessionDatabase();
        Clock fortyDaysLater = Clock.fixed(ScriptedSession.START.plus(Duration.ofDays(40)), ZoneOffset.UTC);

        CliRun keep = CliRun.run(new CommandLine(new DbPurgeCommand(fortyDaysLater)), "--db", file.toString());
        CliRun purge = CliRun.run(new CommandLine(new DbPurgeCommand(fortyDaysLater)), "--db", file.toString(), "--retention-days", "30");

        assertThat(keep.out()).contains(": 0 usage events");
        assertThat(purge.exitCode()).isZero();
        assertThat(purge.out()).contains("purged rows older than " + Instant.parse("2026-11-24T10:00:00Z").plus(Duration.ofDays(10)))
                .contains(": 13 usage events");
    }
}
