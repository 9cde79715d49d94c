package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.Await;
import dev.termbot.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code termbot run --platform slack} processes on one PostgreSQL and one fake Slack behave as
 * one bot: an event delivered to both (a retry landing elsewhere, a load balancer) yields one note,
 * and two messages in one channel reaching the two processes at once yield one note (in each of
 * several channels raced together).
 */
class TwoProcessesOnePostgresIT {
    private static final String POST = "chat.postMessage";

    @TempDir
    Path dir;

    private final List<SlackBotProcess> processes = new ArrayList<>();
    private static final int RACED_CHANNELS = 8;

    private final ExecutorService senders = Executors.newCachedThreadPool();
    private final ExecutorService racers = Executors.newFixedThreadPool(RACED_CHANNELS);
    private FakeSlackApi api;
    private String url;

    @AfterEach
    void tearDown() throws Exception {
        senders.shutdownNow();
        racers.shutdownNow();
        for (SlackBotProcess process : processes) {
            process.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void one_event_delivered_to_both_and_two_messages_racing_in_one_channel_each_yield_one_note() throws Exception {
        // GIVEN two bots on one PostgreSQL and one fake Slack
        api = new FakeSlackApi();
        url = TestPostgres.freshDatabaseUrl();
        Path glossary = dir.resolve("glossary.yaml");
        Files.copy(Path.of("config", "glossary.yaml"), glossary);
        Map<String, String> env = Map.of("TERMBOT_DATABASE_URL", url,
                "TERMBOT_HASH_KEY", "two-processes-share-this-hash-key-0123456789");
        SlackBotProcess a = start(glossary, env, "a");
        SlackBotProcess b = start(glossary, env, "b");

        // WHEN the same event reaches both at once
        String event = Payloads.message("Ev0SHARED01", "C0SHARED", "U0AUTHOR1", "1714825000.000001",
                "they call it a distillation attack").toString();
        assertThat(sendTogether(a, event, b, event)).containsOnly(200);
        // AND in each of several channels two different messages reach one process each at once
        List<Future<List<Integer>>> races = new ArrayList<>();
        for (int channel = 0; channel < RACED_CHANNELS; channel++) {
            String first = Payloads.message("Ev0RACE" + channel + "A", "C0RACE" + channel, "U0RACER" + channel + "A",
                    "1714825001.00000" + channel, "they call it a distillation attack").toString();
            String second = Payloads.message("Ev0RACE" + channel + "B", "C0RACE" + channel, "U0RACER" + channel + "B",
                    "1714825002.00000" + channel, "they call it a distillation attack").toString();
            races.add(racers.submit(() -> sendTogether(a, first, b, second)));
        }
        for (Future<List<Integer>> race : races) {
            assertThat(race.get(120, TimeUnit.SECONDS)).containsOnly(200);
        }

        // THEN once no note is owed any more (a note is owed before its event is acknowledged, so
        // every note either process decided on is in the table or already posted by now) ...
        int channels = 1 + RACED_CHANNELS;
        Await.until("the owed notes are posted and confirmed", () -> api.delivered(POST).size() >= channels && owedNotes() == 0);
        // ... each channel got exactly one note
        assertThat(api.delivered(POST)).extracting(call -> call.param("channel")).doesNotHaveDuplicates().hasSize(channels);
    }

    private SlackBotProcess start(Path glossary, Map<String, String> env, String name) throws Exception {
        Path workDir = Files.createDirectories(dir.resolve(name));
        SlackBotProcess process = SlackBotProcess.start(workDir, workDir.resolve("unused.db"), glossary, api,
                dir.resolve(name + ".log"), env);
        processes.add(process);
        return process;
    }

    /** Posts the two bodies to the two processes released by one latch; their HTTP statuses. */
    private List<Integer> sendTogether(SlackBotProcess one, String oneBody, SlackBotProcess two, String twoBody) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> first = senders.submit(() -> {
            go.await();
            return one.poster().json(oneBody).statusCode();
        });
        Future<Integer> second = senders.submit(() -> {
            go.await();
            return two.poster().json(twoBody).statusCode();
        });
        go.countDown();
        return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
    }

    private int owedNotes() {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pending_replies")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
