package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code termbot run --platform slack} in its own JVM, as an operator runs it: HTTP mode against a
 * fake Web API, the real glossary, a SQLite file, the health server, real signals.
 */
final class SlackBotProcess implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-e2e-not-a-real-token-4f9a";
    static final String SECRET = "e2e-signing-secret-1c7d3b0a9e";

    final Process process;
    final int slackPort;
    final int opsPort;
    final Path log;
    private final HttpClient http = HttpClient.newHttpClient();

    private SlackBotProcess(Process process, int slackPort, int opsPort, Path log) {
        this.process = process;
        this.slackPort = slackPort;
        this.opsPort = opsPort;
        this.log = log;
    }

    /** Starts the bot with its database at {@code db}, logging to {@code log}; returns once it is ready. */
    static SlackBotProcess start(Path dir, Path db, Path glossary, FakeSlackApi api, Path log) throws IOException {
        int slackPort = freePort();
        int opsPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "dev.termbot.cli.Main", "run", "--platform", "slack", "--glossary", glossary.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SLACK_BOT_TOKEN", BOT_TOKEN);
        builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
        builder.environment().remove("SLACK_APP_TOKEN");
        builder.environment().put("TERMBOT_SLACK_API_URL", api.apiUrl());
        builder.environment().put("TERMBOT_SLACK_PORT", Integer.toString(slackPort));
        builder.environment().put("TERMBOT_HTTP_PORT", Integer.toString(opsPort));
        builder.environment().put("TERMBOT_DB", db.toString());
        SlackBotProcess bot = new SlackBotProcess(builder.start(), slackPort, opsPort, log);
        Await.until("the bot is ready", () -> {
            if (!bot.process.isAlive()) {
                throw new AssertionError("the bot ended early:\n" + bot.logText());
            }
            return bot.get("/readyz").status() == 200;
        }, Duration.ofSeconds(60));
        return bot;
    }

    SignedPoster poster() {
        return new SignedPoster(slackPort, SECRET);
    }

    /** Sends a real signal, as systemd or a terminal would. */
    void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("sh", "-c", "kill -" + name + " " + process.pid()).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -%s", name).isZero();
    }

    /** Waits for the process to end; its exit code. */
    int awaitExit() throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the bot ended").isTrue();
        return process.exitValue();
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status and body of a GET on the health server; status -1 while it is not listening. */
    Response get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Response(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
