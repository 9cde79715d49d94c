package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import dev.termbot.platform.discord.DiscordSettings;
import dev.termbot.platform.discord.DiscordShards;
import dev.termbot.platform.slack.SlackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsFileTest {

    @Test
    void the_shipped_file_gives_exactly_the_defaults() throws Exception {
        assertThat(SettingsFile.read(Path.of("config", "termbot.yaml"))).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void an_empty_file_gives_the_defaults() throws Exception {
        assertThat(SettingsFile.parse("", "termbot.yaml")).isEqualTo(Settings.DEFAULTS);
        assertThat(SettingsFile.parse("# only a comment\n", "termbot.yaml")).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void every_section_is_read() throws Exception {
        Settings s = SettingsFile.parse("""
                policy:
                  cooldown: 45m
                  explained_window: 1d
                storage:
                  database: /var/lib/termbot/t.db
                  retention_days: 30
                digest:
                  schedule: "fri 17:30"
                  time_zone: Europe/Berlin
                  stale_after_days: 365
                glossary:
                  watch: false
                http:
                  bind: 0.0.0.0
                  port: 9090
                slack:
                  reply_mode: ephemeral
                  moderator_channel: C0MODS
                  moderator_user_group: S0MODS
                  port: 3100
                discord:
                  reply_mode: react
                  guild_ids: ["111", "222"]
                  moderator_roles: [Mods]
                  moderator_channel: "333"
                """, "termbot.yaml");

        assertThat(s.policy().cooldown()).isEqualTo(Duration.ofMinutes(45));
        assertThat(s.policy().explainedWindow()).isEqualTo(Duration.ofDays(1));
        assertThat(s.storage()).isEqualTo(new Settings.Storage(Path.of("/var/lib/termbot/t.db"), 30));
        assertThat(s.digest()).isEqualTo(new Settings.Digest(DayOfWeek.FRIDAY, LocalTime.of(17, 30), ZoneId.of("Europe/Berlin"), 365));
        assertThat(s.watchGlossary()).isFalse();
        assertThat(s.http()).isEqualTo(new Settings.Http("0.0.0.0", 9090));
        assertThat(s.platform("slack")).isEqualTo(SlackSettings.defaults().withReplyMode(SlackSettings.ReplyMode.EPHEMERAL)
                .withModerators("C0MODS", "S0MODS").withHttp("0.0.0.0", 3100));
        assertThat(s.platform("discord")).isEqualTo(DiscordSettings.fromConfig(DiscordSettings.ReplyMode.REACT,
                List.of("111", "222"), List.of("Mods"), "333", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key       | polcy:\\n  cooldown: 5m                  | termbot.yaml:1:1: unknown key 'polcy' in termbot.yaml; did you mean 'policy'?
            unknown nested key          | policy:\\n  cooldwn: 5m                 | termbot.yaml:2:3: unknown key 'cooldwn' in 'policy'; did you mean 'cooldown'?
            bad duration                | policy:\\n  cooldown: soon              | termbot.yaml:2:13: 'cooldown' must be a duration such as 45m, 2h or 7d, not 'soon'
            wrong type                  | storage:\\n  retention_days: [1, 2]     | termbot.yaml:2:19: 'retention_days' in 'storage' must be a text, not a list
            out of range                | storage:\\n  retention_days: 0          | termbot.yaml:2:19: 'retention_days' must be a whole number from 1 to 36500, not '0'
            bind not an address         | http:\\n  bind: 999.1.1.1               | termbot.yaml:2:9: 'bind' must be an IP address such as 127.0.0.1 or 0.0.0.0, or a host name, not '999.1.1.1'
            bind with a space           | http:\\n  bind: local host              | termbot.yaml:2:9: 'bind' must be an IP address such as 127.0.0.1 or 0.0.0.0, or a host name, not 'local host'
            not a number                | http:\\n  port: eighty                  | termbot.yaml:2:9: 'port' must be a whole number from 0 to 65535, not 'eighty'
            bad zone                    | digest:\\n  time_zone: Mars/Olympus     | termbot.yaml:2:14: 'time_zone' is not a known time zone: 'Mars/Olympus' (use a region id such as Europe/Berlin, or UTC)
            bad schedule                | digest:\\n  schedule: someday          | termbot.yaml:2:13: 'schedule' must be a weekday and a 24-hour time, e.g. "MON 09:00"
            bad hour                    | digest:\\n  schedule: MON 25:00        | termbot.yaml:2:13: 'schedule' must be a weekday and a 24-hour time, e.g. "MON 09:00"
            bad choice                  | slack:\\n  reply_mode: dm               | termbot.yaml:2:15: 'reply_mode' must be one of thread, ephemeral, not 'dm'
            bad boolean                 | glossary:\\n  watch: sometimes          | termbot.yaml:2:10: 'watch' must be true or false
            review age not a number     | glossary:\\n  stale_after_days: half a year | termbot.yaml:2:21: 'stale_after_days' must be a whole number from 1 to 36500, not 'half a year'
            review age zero             | glossary:\\n  stale_after_days: 0       | termbot.yaml:2:21: 'stale_after_days' must be a whole number from 1 to 36500, not '0'
            review ages disagree        | digest:\\n  stale_after_days: 90\\nglossary:\\n  stale_after_days: 180 | termbot.yaml:4:21: 'stale_after_days' is 180 here but 90 in 'digest' (line 2); keep it only here, under 'glossary'
            section not a mapping       | discord: react                         | termbot.yaml:1:10: 'discord' must be a mapping with the keys reply_mode, guild_ids, moderator_roles, moderator_channel, shards, not a text
            shards without a total      | discord:\\n  shards:\\n    ids: 0-1       | termbot.yaml:3:5: 'shards' needs 'total': how many shards the whole bot runs (1 or more)
            shards total not a number   | discord:\\n  shards:\\n    total: four    | termbot.yaml:3:12: 'total' must be a whole number from 1 to 65536, not 'four'
            shard id beyond the total   | discord:\\n  shards:\\n    total: 4\\n    ids: 0-5 | termbot.yaml:4:10: shard id 4 is not below 'total' (4): shard ids count from 0 to total - 1
            shard ids malformed         | discord:\\n  shards:\\n    total: 4\\n    ids: first | termbot.yaml:4:10: 'ids' must list shard ids and ranges such as 0-1 or 0, 2, 5-7, not 'first'
            shard named twice           | discord:\\n  shards:\\n    total: 4\\n    ids: 0-2, 1 | termbot.yaml:4:10: 'ids' names shard 1 twice
            shards not a mapping        | discord:\\n  shards: 4                 | termbot.yaml:2:11: 'shards' must be a mapping with the keys total, ids, not a text
            syntax error                | policy:\\n  cooldown: [5m               | termbot.yaml:2:16: YAML syntax error: expected ',' or ']', but got <stream end> (while parsing a flow sequence)
            """)
    void mistakes_are_located(String what, String yaml, String expected) {
        assertThatThrownBy(() -> SettingsFile.parse(yaml.replace("\\n", "\n"), "termbot.yaml"))
                .as(what).isInstanceOf(ConfigException.class).hasMessage(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            under glossary                      | glossary:\\n  stale_after_days: 30                                      | 30
            under digest, the older place       | digest:\\n  stale_after_days: 45                                        | 45
            in both places with the same value  | digest:\\n  stale_after_days: 60\\nglossary:\\n  stale_after_days: 60 | 60
            nowhere                             | glossary:\\n  watch: true                                               | 180
            """)
    void the_review_age_is_read_from_the_glossary_section_or_its_older_place(String where, String yaml, int days)
            throws Exception {
        assertThat(SettingsFile.parse(yaml.replace("\\n", "\n"), "termbot.yaml").digest().staleAfterDays()).as(where).isEqualTo(days);
    }

    @Test
    void discord_shards_are_read_as_a_total_and_the_ids_this_process_runs() throws Exception {
        DiscordSettings some = (DiscordSettings) SettingsFile.parse("discord:\n  shards:\n    total: 4\n    ids: 0-1\n",
                "termbot.yaml").platform("discord");
        assertThat(some.shards()).isEqualTo(new DiscordShards(4, List.of(0, 1)));
        DiscordSettings all = (DiscordSettings) SettingsFile.parse("discord:\n  shards: {total: 3}\n", "termbot.yaml")
                .platform("discord");
        assertThat(all.shards()).as("ids left out: every shard").isEqualTo(new DiscordShards(3, List.of(0, 1, 2)));
        assertThat(((DiscordSettings) SettingsFile.parse("", "termbot.yaml").platform("discord")).shards())
                .as("unsharded unless told").isEqualTo(DiscordShards.NONE);
    }

    @Test
    void the_slack_endpoint_binds_where_the_file_says_and_a_bad_address_is_located() throws Exception {
        assertThat(((SlackSettings) SettingsFile.parse("slack:\n  bind: 127.0.0.1\n", "termbot.yaml").platform("slack")).httpHost())
                .isEqualTo("127.0.0.1");
        assertThat(((SlackSettings) SettingsFile.parse("", "termbot.yaml").platform("slack")).httpHost())
                .as("reachable by Slack unless told otherwise").isEqualTo("0.0.0.0");
        assertThatThrownBy(() -> SettingsFile.parse("slack:\n  bind: 999.1.1.1\n", "termbot.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("termbot.yaml:2:9: 'bind' must be an IP address");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"127.0.0.1", "0.0.0.0", "255.255.255.255", "localhost",
            "termbot.example.org", "::", "::1", "fe80::1", "2001:db8::8a2e:370:7334"})
    void real_addresses_and_host_names_are_accepted_as_bind(String bind) throws Exception {
        assertThat(SettingsFile.parse("http:\n  bind: \"" + bind + "\"\n", "termbot.yaml").http().bind()).isEqualTo(bind);
    }

    @Test
    void environment_overrides_database_and_ports() throws Exception {
        Settings s = SettingsFile.withEnvironment(Settings.DEFAULTS,
                Map.of("TERMBOT_DB", "/tmp/x.db", "TERMBOT_HTTP_PORT", "0", "TERMBOT_SLACK_PORT", "3999"));

        assertThat(s.storage().database()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(s.http().port()).isZero();
        assertThat(((SlackSettings) s.platform("slack")).httpPort()).isEqualTo(3999);
    }

    @Test
    void the_shared_database_is_named_in_the_file_with_the_variables_of_its_secrets() throws Exception {
        Settings s = SettingsFile.parse("""
                storage:
                  postgresql:
                    url: jdbc:postgresql://db.internal:5432/termbot
                    user_env: BOT_DB_USER
                    password_env: TERMBOT_PG_PASSWORD
                """, "termbot.yaml");

        Settings.Postgresql shared = s.storage().postgresql().orElseThrow();
        assertThat(shared.url()).isEqualTo("jdbc:postgresql://db.internal:5432/termbot");
        assertThat(shared.userEnv()).isEqualTo("BOT_DB_USER");
        assertThat(shared.passwordEnv()).isEqualTo("TERMBOT_PG_PASSWORD");
        assertThat(shared.origin()).contains(new Settings.Origin("termbot.yaml", 3, 10));
        assertThat(SettingsFile.parse("storage:\n  postgresql: {url: \"jdbc:postgresql://h/db\"}\n", "termbot.yaml")
                .storage().postgresql().orElseThrow().passwordEnv()).isEqualTo("TERMBOT_DATABASE_PASSWORD");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "url: jdbc:postgresql://db/termbot?user=bot&password=hunter2 | 3:10 | must not hold a password",
            "url: jdbc:postgresql://bot:hunter2@db/termbot | 3:10 | must not hold a password",
            "url: jdbc:mysql://db/termbot | 3:10 | must be a PostgreSQL JDBC URL",
            "password_env: TERMBOT_DATABASE_PASSWORD | 3:5 | is missing 'url'",
            "url: jdbc:postgresql://db/t, password_env: PGPASSWORD | 3:49 | must be the name of an environment variable that starts with TERMBOT_",
            "url: jdbc:postgresql://db/t, user_env: 'not a name' | 3:45 | 'user_env' must be the name of an environment variable",
            "url: jdbc:postgresql://db/t, password: hunter2 | 3:35 | did you mean 'password_env'"})
    void a_bad_postgresql_block_is_a_located_error(String block, String at, String message) {
        String yaml = "storage:\n  postgresql:\n    " + (block.contains(", ") ? "{" + block + "}" : block) + "\n";

        assertThatThrownBy(() -> SettingsFile.parse(yaml, "termbot.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("termbot.yaml:" + at + ":")
                .hasMessageContaining(message)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void the_environment_may_name_the_same_database_as_the_file_but_not_another() throws Exception {
        Settings file = SettingsFile.parse("storage:\n  postgresql:\n    url: jdbc:postgresql://db/termbot\n", "termbot.yaml");

        assertThat(SettingsFile.withEnvironment(file, Map.of("TERMBOT_DATABASE_URL", "jdbc:postgresql://db/termbot"))
                .storage().postgresql()).isEqualTo(file.storage().postgresql());
        assertThatThrownBy(() -> SettingsFile.withEnvironment(file, Map.of("TERMBOT_DATABASE_URL",
                "jdbc:postgresql://other/termbot?password=hunter2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("termbot.yaml:3:10: 'url' is jdbc:postgresql://db/termbot here but TERMBOT_DATABASE_URL is"
                        + " jdbc:postgresql://other/termbot")
                .hasMessageNotContaining("hunter2");
        Settings.Postgresql fromEnvironment = SettingsFile.withEnvironment(Settings.DEFAULTS,
                Map.of("TERMBOT_DATABASE_URL", "jdbc:postgresql://env/termbot")).storage().postgresql().orElseThrow();
        assertThat(fromEnvironment.url()).isEqualTo("jdbc:postgresql://env/termbot");
        assertThat(fromEnvironment.passwordEnv()).isEqualTo("TERMBOT_DATABASE_PASSWORD");
        assertThat(SettingsFile.withEnvironment(Settings.DEFAULTS, Map.of()).storage().postgresql()).isEmpty();
    }

    @Test
    void a_missing_explicit_file_is_a_located_error(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> SettingsFile.load(java.util.Optional.of(missing)))
                .hasMessage(missing + ":1:1: file not found");
        assertThat(Files.exists(missing)).isFalse();
    }
}
