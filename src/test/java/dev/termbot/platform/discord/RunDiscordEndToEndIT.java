package dev.termbot.platform.discord;

import dev.termbot.testing.Await;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.termbot.platform.discord.FakeDiscord.B_GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code termbot run --platform discord} in its own JVM with the real glossary, detector, storage
 * and JDA, against the fake Discord gateway and REST API: the done-when of the Discord issue.
 */
class RunDiscordEndToEndIT {
    private static final String TOKEN = "e2e-discord-token-not-real-7c1f";
    private static final String ALICE = "700000000000000001";

    @TempDir
    Path dir;

    private FakeDiscord discord;
    private Process bot;
    private Path log;
    private int opsPort;

    @AfterEach
    void stop() throws Exception {
        if (bot != null && bot.isAlive()) {
            bot.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void a_distillation_attack_message_gets_a_reply_embed_and_define_answers_ephemerally_with_autocomplete() throws Exception {
        // GIVEN the bot running against the fake Discord
        startBot();

        // WHEN someone writes the phrase, with a ping in it
        DataObject message = discord.userSays(GUILD_A, GENERAL, ALICE, "@everyone is this a Distillation-Attack or what?");

        // THEN the bot replies to that message with an embed carrying the links, and pings nobody
        DataObject reply = Await.value("reply posted", () -> first(discord.messagesPostedTo(GENERAL))).json();
        assertThat(reply.getObject("message_reference").getString("message_id")).isEqualTo(message.getString("id"));
        assertThat(reply.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        String embed = reply.getArray("embeds").getObject(0).toString();
        assertThat(embed).contains("https://www.interconnects.ai/p/the-distillation-panic",
                "https://www.anthropic.com/news/detecting-and-preventing-distillation-attacks");

        // WHEN someone types "distil" into /define term:
        String complete = discord.interact(4, GUILD_A, GENERAL, ALICE, List.of(),
                DiscordPayloads.commandData(discord.newId(), "define",
                        DataArray.empty().add(DiscordPayloads.stringOption("term", "distil", true))));

        // THEN the glossary's entries are offered
        DataObject choices = callback(complete);
        assertThat(choices.getInt("type")).isEqualTo(8);
        assertThat(values(choices.getObject("data").getArray("choices"))).contains("distillation", "distillation-attack");

        // WHEN they pick one
        String define = discord.command(GUILD_A, GENERAL, ALICE, List.of(), "define",
                DataArray.empty().add(DiscordPayloads.stringOption("term", "distillation", false)));

        // THEN the definition comes back only to them
        DataObject answer = callback(define);
        assertThat(answer.getInt("type")).isEqualTo(4);
        assertThat(answer.getObject("data").getInt("flags") & 64).isEqualTo(64);
        assertThat(answer.getObject("data").getArray("embeds").getObject(0).getString("title")).isEqualTo("Distillation");

        // AND a stop is orderly
        bot.destroy();
        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bot.exitValue()).isZero();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain(TOKEN);
    }

    @Test
    void a_fatal_gateway_close_runs_the_stop_routine_and_exits_1_for_a_supervisor_to_restart() throws Exception {
        // GIVEN the bot running and ready
        startBot();

        // WHEN Discord closes the gateway with a code JDA must not reconnect after (4004: authentication failed)
        discord.gateway().closeClient(4004);

        // THEN the process stops in order and exits non-zero instead of living on disconnected
        assertThat(bot.waitFor(60, TimeUnit.SECONDS)).as("the process exits").isTrue();
        assertThat(bot.exitValue()).isEqualTo(1);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).contains("Discord closed the gateway for good (4004", "termbot stopped");
        assertThat(output).doesNotContain(TOKEN);
    }

    @Test
    void sharded_from_the_settings_file_readiness_names_every_shard_and_each_guild_is_answered() throws Exception {
        // GIVEN the bot running both shards of two, as the settings file says
        Path settings = dir.resolve("termbot.yaml");
        Files.writeString(settings, "discord:\n  shards:\n    total: 2\n    ids: 0-1\n", StandardCharsets.UTF_8);
        startBot("--config", settings.toString());

        // THEN readiness reports each shard on its own line
        assertThat(body("/readyz")).contains("discord shard 0 of 2: ok", "discord shard 1 of 2: ok");

        // WHEN a person in each guild (guild A on shard 0, guild B on shard 1) uses the phrase
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        discord.userSays(GUILD_B, B_GENERAL, ALICE, "a distillation attack");

        // THEN both are answered
        Await.until("the note in guild A", () -> discord.messagesPostedTo(GENERAL).size() == 1);
        Await.until("the note in guild B", () -> discord.messagesPostedTo(B_GENERAL).size() == 1);
        bot.destroy();
        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bot.exitValue()).isZero();
        assertThat(discord.messagesPostedTo(GENERAL)).as("one note per message").hasSize(1);
        assertThat(discord.messagesPostedTo(B_GENERAL)).as("one note per message").hasSize(1);
    }

    /** Starts {@code termbot run --platform discord} in its own JVM and waits until /readyz says 200. */
    private void startBot(String... extraArguments) throws IOException, InterruptedException {
        discord = FakeDiscord.start();
        opsPort = freePort();
        log = dir.resolve("termbot.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.termbot.cli.Main", "run", "--platform", "discord",
                "--glossary", Path.of("config", "glossary.yaml").toAbsolutePath().toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.command().addAll(List.of(extraArguments));
        builder.environment().put("DISCORD_TOKEN", TOKEN);
        builder.environment().put("TERMBOT_DISCORD_API_URL", discord.apiUrl());
        builder.environment().put("TERMBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        builder.environment().put("TERMBOT_HTTP_PORT", Integer.toString(opsPort));
        builder.environment().put("TERMBOT_DB", dir.resolve("termbot.db").toString());
        bot = builder.start();
        // a bound, not a timing: a loaded two-core machine took 16 s to start the child JVM, and a
        // sharded start waits Discord's five seconds between the shards' IDENTIFYs
        Await.until("the bot is ready", () -> status("/readyz") == 200, Duration.ofSeconds(120));
    }

    private DataObject callback(String interactionId) {
        return Await.value("the answer to interaction " + interactionId,
                () -> first(discord.interactionCallbacks(interactionId))).json();
    }

    private static List<String> values(DataArray choices) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < choices.length(); i++) {
            values.add(choices.getObject(i).getString("value"));
        }
        return values;
    }

    private int status(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String body(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static <T> T first(List<T> items) {
        return items.isEmpty() ? null : items.get(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
