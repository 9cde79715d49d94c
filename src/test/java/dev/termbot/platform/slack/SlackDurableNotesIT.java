package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.core.EventKind;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.Await;
import dev.termbot.testing.SqliteCount;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes under Web API faults, with the policy's state and the owed notes in a real SQLite file:
 * a server error is retried and the cooldown starts only with the post that arrived, a post
 * refused for good leaves no cooldown, and a rate-limited channel does not hold up another one.
 */
class SlackDurableNotesIT {
    private static final String POST = "chat.postMessage";
    private static final String TEXT = "they call it a distillation attack";

    @TempDir
    Path dir;

    private Path db;
    private Storage storage;
    private SlackHarness slack;

    @BeforeEach
    void open() {
        db = dir.resolve("termbot.db");
        storage = Storage.open(db, Clock.systemUTC(), StorageOptions.fromEnvironment(Map.of()));
    }

    @AfterEach
    void tearDown() {
        if (slack != null) {
            slack.close();
            slack.assertCleanLogs();
        }
        storage.close();
    }

    @Test
    void a_server_error_is_retried_and_the_cooldown_starts_only_with_the_post_that_arrived() throws Exception {
        // GIVEN Slack answers the first post with HTTP 500, and each post's arrival notes what the database holds
        slack = SlackHarness.http(SlackHarness.settings(), storage.policyStore(), storage.noteLedger());
        slack.api.failOnce(POST, 500);
        List<String> atArrival = new CopyOnWriteArrayList<>();
        slack.api.onArrival(POST, () -> atArrival.add(state()));

        // WHEN a message earns a note
        assertThat(slack.poster().json(Payloads.message("Ev0FAIL01", "C0GENERAL", "U0ALICE", "1714824000.000100", TEXT)
                .toString()).statusCode()).isEqualTo(200);

        // THEN the note arrives once, after the failed attempt
        Await.until("note delivered", () -> slack.api.delivered(POST).size() == 1);
        assertThat(slack.api.calls(POST)).extracting(FakeSlackApi.Call::status).containsExactly(500, 200);
        // AND while both attempts were on their way the note was owed and neither cooldown nor "explained" existed
        assertThat(atArrival).containsExactly("owed=1 cooldowns=0 explained=0", "owed=1 cooldowns=0 explained=0");
        // AND once it arrived, both exist and nothing is owed
        Await.until("confirmed", () -> state().equals("owed=0 cooldowns=1 explained=1"));
        // the usage event is recorded just after the confirmation's commit, on the posting thread
        Await.until("the reply recorded", () -> slack.usage.count(EventKind.REPLIED) == 1);

        // AND the same thread gets nothing more, even after the stop's drain
        slack.close();
        assertThat(slack.api.delivered(POST)).hasSize(1);
    }

    @Test
    void a_post_refused_for_good_leaves_no_cooldown_and_no_explained_row() throws Exception {
        // GIVEN Slack refuses every post (the bot is not in the channel)
        slack = SlackHarness.http(SlackHarness.settings(), storage.policyStore(), storage.noteLedger());
        slack.api.refuse(POST, "not_in_channel");

        // WHEN a message earns a note
        slack.poster().json(Payloads.message("Ev0REF01", "C0GENERAL", "U0ALICE", "1714824000.000100", TEXT).toString());

        // THEN the post is tried once (a refusal is not retried) and the claim is released without a trace
        Await.until("refused and released", () -> slack.api.calls(POST).size() == 1 && state().startsWith("owed=0"));
        assertThat(state()).isEqualTo("owed=0 cooldowns=0 explained=0");

        // AND once the bot may post, the same person in the same channel gets the note
        slack.api.accept(POST);
        slack.poster().json(Payloads.message("Ev0REF02", "C0GENERAL", "U0ALICE", "1714824000.000200", TEXT).toString());
        FakeSlackApi.Call note = Await.value("note after the refusal", () -> first(slack.api.delivered(POST)));
        assertThat(note.param("thread_ts")).isEqualTo("1714824000.000200");
        Await.until("confirmed", () -> state().equals("owed=0 cooldowns=1 explained=1"));
    }

    @Test
    void a_rate_limited_channel_does_not_hold_up_a_free_one() throws Exception {
        // GIVEN five channels (more than the adapter has workers) answer every post 429 Retry-After 20
        slack = SlackHarness.http(SlackHarness.settings(), storage.policyStore(), storage.noteLedger());
        List<String> limited = List.of("C0BUSY1", "C0BUSY2", "C0BUSY3", "C0BUSY4", "C0BUSY5");
        limited.forEach(channel -> slack.api.limitChannel(channel, 20));
        for (int i = 0; i < limited.size(); i++) {
            slack.poster().json(Payloads.message("Ev0BUSY" + i, limited.get(i), "U0USER" + i, "1714824000.00010" + i, TEXT)
                    .toString());
        }
        Await.until("every limited channel was told to wait", () -> slack.api.calls(POST).stream()
                .filter(c -> c.status() == 429).map(c -> c.param("channel")).distinct().count() == limited.size());

        // WHEN a message in a free channel earns a note
        slack.poster().json(Payloads.message("Ev0FREE1", "C0FREE", "U0FREE", "1714824001.000100", TEXT).toString());

        // THEN its note arrives while every limited channel is still waiting out its limit
        FakeSlackApi.Call free = Await.value("free channel's note", () -> first(slack.api.delivered(POST)));
        assertThat(free.param("channel")).isEqualTo("C0FREE");
        assertThat(slack.api.delivered(POST)).extracting(c -> c.param("channel")).containsExactly("C0FREE");

        // AND the limited notes follow once their channels are free again (owed until then)
        Await.until("only the limited notes are owed",
                () -> SqliteCount.of(db, "SELECT COUNT(*) FROM pending_replies") == limited.size());
        limited.forEach(slack.api::unlimit);
        slack.close();
        assertThat(SqliteCount.of(db, "SELECT COUNT(*) FROM pending_replies")
                + slack.api.delivered(POST).size()).as("each limited note is either delivered or still owed")
                .isEqualTo(limited.size() + 1);
    }

    @Test
    void while_stopping_events_are_refused_with_503_not_acknowledged_and_owed_notes_stay_owed() throws Exception {
        // GIVEN a note on its way that Slack holds
        slack = SlackHarness.http(SlackHarness.settings(), storage.policyStore(), storage.noteLedger());
        slack.api.hold(POST);
        SignedPoster poster = slack.poster();
        String first = Payloads.message("Ev0STOP01", "C0GENERAL", "U0ALICE", "1714824000.000100", TEXT).toString();
        assertThat(poster.json(first).statusCode()).isEqualTo(200);
        Await.until("post on the wire", () -> slack.api.arrived(POST) == 1);

        // WHEN the adapter stops (its drain waits for the held post)
        Thread stopper = new Thread(slack.platform::close, "test-stopper");
        stopper.start();

        // THEN Slack's redelivery of an event is refused with 503 (a repeat was acknowledged before), so Slack keeps it
        Await.until("events refused while stopping", () -> poster.json(first).statusCode() == 503);
        String later = Payloads.message("Ev0STOP02", "C0OTHER", "U0BOB", "1714824000.000200", TEXT).toString();
        assertThat(poster.json(later).statusCode()).isEqualTo(503);
        stopper.join();
        // AND the note that could not be confirmed within the stop's bound is still owed, with no cooldown
        assertThat(state()).isEqualTo("owed=1 cooldowns=0 explained=0");
        slack.api.release(POST);
    }

    @Test
    void a_post_confirmed_during_the_stop_is_recorded_before_the_stop_returns() throws Exception {
        // GIVEN a note on its way that Slack holds
        slack = SlackHarness.http(SlackHarness.settings(), storage.policyStore(), storage.noteLedger());
        slack.api.hold(POST);
        assertThat(slack.poster().json(Payloads.message("Ev0DRAIN1", "C0GENERAL", "U0ALICE", "1714824000.000100", TEXT)
                .toString()).statusCode()).isEqualTo(200);
        Await.until("post on the wire", () -> slack.api.arrived(POST) == 1);

        // WHEN the adapter stops, and Slack takes the post while the stop waits for it
        Thread stopper = new Thread(slack.platform::close, "test-stopper");
        stopper.start();
        slack.api.release(POST);
        stopper.join();

        // THEN the confirmation (written in batches on a thread of its own) is in the database when the stop
        // returns: nothing is owed, so the next start does not post the note again
        assertThat(state()).isEqualTo("owed=0 cooldowns=1 explained=1");
        assertThat(slack.api.delivered(POST)).hasSize(1);
    }

    @Test
    void a_notes_first_attempt_is_counted_before_its_event_is_acknowledged() throws Exception {
        // GIVEN Slack holds the answer to a first note, so a later note in the same channel waits behind it
        slack = SlackHarness.http(SlackHarness.settings(), storage.policyStore(), storage.noteLedger());
        slack.api.hold(POST);
        SignedPoster poster = slack.poster();
        assertThat(poster.json(Payloads.message("Ev0CNT01", "C0GENERAL", "U0ALICE", "1714824000.000100", TEXT).toString())
                .statusCode()).isEqualTo(200);
        Await.until("the first post on the wire", () -> slack.api.arrived(POST) == 1);

        // WHEN a reply in a thread of that channel earns a note, whose post cannot start yet
        ObjectNode reply = Payloads.message("Ev0CNT02", "C0GENERAL", "U0BOB", "1714824000.000300", TEXT);
        ((ObjectNode) reply.get("event")).put("thread_ts", "1714824000.000100");
        assertThat(poster.json(reply.toString()).statusCode()).isEqualTo(200);

        // THEN once acknowledged, its owed note already counts a post that may reach Slack: were the process
        // killed now, the next start would read the thread back before posting, never post twice
        assertThat(SqliteCount.of(db, "SELECT attempts FROM pending_replies WHERE message_id = '1714824000.000300'"))
                .isEqualTo(1);
        assertThat(slack.api.arrived(POST)).isEqualTo(1);

        // AND once Slack answers, each note is posted once, and the attempt counted with the decision is not counted again
        List<Long> attemptsAtArrival = new CopyOnWriteArrayList<>();
        slack.api.onArrival(POST, () -> attemptsAtArrival.add(SqliteCount.of(db,
                "SELECT COALESCE(SUM(attempts), 0) FROM pending_replies WHERE message_id = '1714824000.000300'")));
        slack.api.release(POST);
        Await.until("both notes confirmed", () -> slack.api.delivered(POST).size() == 2 && state().startsWith("owed=0"));
        assertThat(attemptsAtArrival).containsExactly(1L);
        assertThat(slack.api.delivered(POST)).extracting(c -> c.param("thread_ts"))
                .containsExactly("1714824000.000100", "1714824000.000100");
    }

    private String state() {
        return "owed=" + SqliteCount.of(db, "SELECT COUNT(*) FROM pending_replies")
                + " cooldowns=" + SqliteCount.of(db, "SELECT COUNT(*) FROM last_notes")
                + " explained=" + SqliteCount.of(db, "SELECT COUNT(*) FROM explained_rules");
    }

    private static <T> T first(List<T> items) {
        return items.isEmpty() ? null : items.get(0);
    }
}
