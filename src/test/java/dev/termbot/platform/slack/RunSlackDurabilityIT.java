package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.Await;
import dev.termbot.testing.SqliteCount;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged event is lost, whatever ends the process: {@code termbot run} in a child JVM
 * takes a burst of signed events while Slack holds every post (so notes are owed, and some posts
 * are on the wire), is ended by {@code kill -9} or SIGTERM, and a second process on the same
 * database answers every event exactly once, after Slack redelivers what it saw no 200 for.
 * Posts held at the moment of death are answered by Slack afterwards, as a real post that reached
 * Slack would be: the restart must notice them and not post again.
 */
class RunSlackDurabilityIT {
    private static final String POST = "chat.postMessage";
    private static final int EVENTS = 60;

    @TempDir
    Path dir;

    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final List<SlackBotProcess> processes = new ArrayList<>();
    private FakeSlackApi api;
    private Path glossary;
    private Path db;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeSlackApi();
        glossary = dir.resolve("glossary.yaml");
        Files.copy(Path.of("config", "glossary.yaml"), glossary);
        db = dir.resolve("termbot.db");
    }

    @AfterEach
    void tearDown() throws Exception {
        senders.shutdownNow();
        for (SlackBotProcess process : processes) {
            process.close();
        }
        api.close();
    }

    @Test
    void kill_9_during_a_burst_loses_no_acknowledged_event_and_the_restart_answers_each_once() throws Exception {
        // GIVEN a running bot whose posts Slack holds, and a burst of events under way
        api.hold(POST);
        SlackBotProcess first = start("first.log");
        Map<Integer, Future<Integer>> burst = burst(first);
        Await.until("part of the burst acknowledged and posts on the wire", () -> acknowledged(burst) >= EVENTS / 3
                && api.arrived(POST) >= 1);

        // WHEN the process is killed outright
        first.process.destroyForcibly();
        first.awaitExit();
        Map<Integer, Integer> statuses = statuses(burst);
        // AND Slack then answers the posts that were on the wire (they reached Slack: it posted them)
        int onTheWire = api.arrived(POST);
        api.release(POST);
        Await.until("held posts answered", () -> api.delivered(POST).size() == onTheWire);

        // THEN a restart, with Slack redelivering what it saw no 200 for, answers every event exactly once
        restartAndExpectEveryEventAnsweredOnce(statuses);
    }

    @Test
    void sigterm_during_a_burst_exits_0_and_what_was_not_posted_in_time_is_posted_after_the_restart() throws Exception {
        // GIVEN a running bot whose posts Slack holds, and a burst of events under way
        api.hold(POST);
        SlackBotProcess first = start("first.log");
        Map<Integer, Future<Integer>> burst = burst(first);
        Await.until("part of the burst acknowledged and posts on the wire", () -> acknowledged(burst) >= EVENTS / 3
                && api.arrived(POST) >= 1);

        // WHEN the operator stops it
        first.signal("TERM");

        // THEN it stops within its bound and exits 0, saying what stays owed
        assertThat(first.awaitExit()).as("exit code; log:\n%s", first.logText()).isZero();
        assertThat(first.logText()).contains("stay owed").contains("termbot stopped");
        Map<Integer, Integer> statuses = statuses(burst);
        int onTheWire = api.arrived(POST);
        api.release(POST);
        Await.until("held posts answered", () -> api.delivered(POST).size() == onTheWire);

        // AND nothing it acknowledged is lost: the restart answers every event exactly once
        restartAndExpectEveryEventAnsweredOnce(statuses);
    }

    private void restartAndExpectEveryEventAnsweredOnce(Map<Integer, Integer> statuses) throws Exception {
        assertThat(statuses.values()).as("some events were acknowledged before the stop").contains(200);
        SlackBotProcess second = start("second.log");
        SignedPoster poster = second.poster();
        statuses.forEach((i, status) -> {
            if (status != 200) {
                try {
                    assertThat(poster.signed(event(i), SignedPoster.JSON, Map.of("X-Slack-Retry-Num", "1",
                            "X-Slack-Retry-Reason", "http_error")).statusCode()).isEqualTo(200);
                } catch (UncheckedIOException e) {
                    throw new AssertionError("redelivery failed (alive: " + second.process.isAlive() + "); log:\n"
                            + second.logText(), e);
                }
            }
        });
        Await.until("every event answered", () -> threadsAnswered().size() == EVENTS, Duration.ofSeconds(60));
        Await.until("nothing owed any more", () -> SqliteCount.of(db, "SELECT COUNT(*) FROM pending_replies") == 0);
        second.signal("TERM");
        assertThat(second.awaitExit()).isZero();

        Map<String, Long> perThread = threadsAnswered();
        assertThat(perThread).hasSize(EVENTS);
        assertThat(perThread).allSatisfy((thread, notes) -> assertThat(notes).as("notes in thread %s", thread).isEqualTo(1));
        assertThat(SqliteCount.of(db, "SELECT COUNT(*) FROM last_notes")).isEqualTo(EVENTS);
    }

    private SlackBotProcess start(String logName) throws Exception {
        SlackBotProcess process = SlackBotProcess.start(dir, db, glossary, api, dir.resolve(logName));
        processes.add(process);
        return process;
    }

    /** Each event in its own channel from its own author, so each earns a note. */
    private static String event(int i) {
        return Payloads.message(String.format("Ev0BURST%03d", i), String.format("C0BURST%03d", i),
                String.format("U0BURST%03d", i), String.format("1714825000.%06d", i + 1),
                "they call it a distillation attack").toString();
    }

    /** The burst, four at a time; each future gives the HTTP status, or -1 when the connection failed. */
    private Map<Integer, Future<Integer>> burst(SlackBotProcess bot) {
        SignedPoster poster = bot.poster();
        Map<Integer, Future<Integer>> burst = new LinkedHashMap<>();
        for (int i = 0; i < EVENTS; i++) {
            String body = event(i);
            burst.put(i, senders.submit(() -> {
                try {
                    return poster.json(body).statusCode();
                } catch (UncheckedIOException e) {
                    return -1;
                }
            }));
        }
        return burst;
    }

    private static long acknowledged(Map<Integer, Future<Integer>> burst) {
        return burst.values().stream().filter(f -> f.isDone() && status(f) == 200).count();
    }

    private static Map<Integer, Integer> statuses(Map<Integer, Future<Integer>> burst) {
        return IntStream.range(0, EVENTS).boxed().collect(Collectors.toMap(Function.identity(), i -> status(burst.get(i))));
    }

    private static int status(Future<Integer> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a request of the burst did not end", e);
        }
    }

    private Map<String, Long> threadsAnswered() {
        return api.delivered(POST).stream().collect(Collectors.groupingBy(c -> c.param("thread_ts"), Collectors.counting()));
    }
}
