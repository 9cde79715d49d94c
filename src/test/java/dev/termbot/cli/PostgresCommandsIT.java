package dev.termbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.storage.PostgresDatabase;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.ScriptedSession;
import dev.termbot.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator commands against PostgreSQL chosen by the settings file ({@code storage.postgresql}),
 * each in its own JVM as an operator runs them, the hash key and nothing else from the environment.
 */
class PostgresCommandsIT {
    private static final String HASH_KEY = "a-test-hash-key-for-the-commands-0123456789";

    @TempDir
    Path dir;
    private String url;
    private Path settings;

    @BeforeEach
    void aSharedDatabaseWithOneSessionInIt() throws Exception {
        url = TestPostgres.freshDatabaseUrl();
        settings = dir.resolve("termbot.yaml");
        Files.writeString(settings, "storage:\n  postgresql:\n    url: \"" + url + "\"\n");
        MutableClock clock = new MutableClock(ScriptedSession.START);
        StorageOptions options = StorageOptions.defaults().withHashKey(Optional.of(HASH_KEY));
        try (Storage storage = Storage.open(Optional.of(PostgresDatabase.at(url, null, null)), null, clock, options)) {
            ScriptedSession.run(storage.policyStore(), storage.usageLog(), clock);
        }
    }

    private ChildTermbot.Finished termbot(Map<String, String> env, String... args) throws Exception {
        return new ChildTermbot(dir).run("", env, args);
    }

    private ChildTermbot.Finished termbot(String... args) throws Exception {
        return termbot(Map.of("TERMBOT_HASH_KEY", HASH_KEY), args);
    }

    @Test
    void db_migrate_and_info_use_the_database_the_settings_file_names() throws Exception {
        ChildTermbot.Finished migrate = termbot("db", "migrate", "--config", settings.toString());
        ChildTermbot.Finished info = termbot("db", "info", "--config", settings.toString());

        assertThat(migrate.exit()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("up to date");
        assertThat(info.exit()).as(info.err()).isZero();
        assertThat(info.out()).contains(PostgresDatabase.shown(url)).containsPattern("usage_events\\s+13");
        assertThat(dir.resolve("data")).as("no SQLite file on the side").doesNotExist();
    }

    @Test
    void privacy_digest_and_purge_work_on_the_shared_database() throws Exception {
        ChildTermbot.Finished export = termbot("privacy", "export", "--user", ScriptedSession.ALICE, "--config", settings.toString());
        ChildTermbot.Finished digest = termbot("digest", "--from", "2026-11-23", "--to", "2026-11-29", "--format", "json",
                "--config", settings.toString());
        ChildTermbot.Finished forget = termbot("privacy", "forget", "--user", ScriptedSession.CAROL, "--config", settings.toString());
        ChildTermbot.Finished purge = termbot("db", "purge", "--config", settings.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(new ObjectMapper().readTree(export.out()).get("usage_events")).hasSize(5);
        assertThat(digest.exit()).as(digest.err()).isZero();
        JsonNode totals = new ObjectMapper().readTree(digest.out()).get("totals");
        assertThat(totals.get("hits").asInt()).isPositive();
        assertThat(forget.exit()).as(forget.err()).isZero();
        assertThat(forget.out()).contains("deleted 3 usage events, 1 opt-outs");
        assertThat(purge.exit()).as(purge.err()).isZero();
    }

    @Test
    void a_file_and_an_environment_that_name_different_databases_stop_with_the_files_line_and_column() throws Exception {
        ChildTermbot.Finished info = termbot(Map.of("TERMBOT_HASH_KEY", HASH_KEY,
                PostgresDatabase.URL_VARIABLE, "jdbc:postgresql://elsewhere:5432/termbot"), "db", "info", "--config", settings.toString());

        assertThat(info.exit()).isEqualTo(2);
        assertThat(info.err()).contains("termbot.yaml:3:10: 'url' is " + PostgresDatabase.shown(url))
                .contains("TERMBOT_DATABASE_URL is jdbc:postgresql://elsewhere:5432/termbot");
    }
}
