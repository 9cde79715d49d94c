package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.core.RemovedBy;
import dev.termbot.core.Vote;
import dev.termbot.core.Where;
import dev.termbot.testing.Await;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buttons under a Slack note, through real Bolt: signed {@code block_actions} payloads on the
 * HTTP endpoint and one through Socket Mode, against the fake Web API.
 */
class SlackNoteButtonsIT {
    private static final String POST = "chat.postMessage";
    private static final String NOTE_TS = "1714824100.000300";
    private static final Where CHANNEL = new Where("slack", FakeSlackApi.TEAM, "C0GENERAL", "");
    private static final String ALICE = "U0ALICE"; // wrote the message the note answers
    private static final String BOB = "U0BOB";
    private static final String CAROL = "U0CAROL";
    private static final String MODERATOR = "U0MOD";

    private SlackHarness slack;
    private FakeSocketModeServer socket;
    private int clicks;

    @AfterEach
    void tearDown() throws Exception {
        if (slack != null) {
            slack.close();
            slack.assertCleanLogs();
        }
        if (socket != null) {
            socket.close();
        }
    }

    @Test
    void the_note_is_compact_and_carries_full_definition_and_the_three_controls() throws Exception {
        // GIVEN a running adapter WHEN a message earns a note
        slack = SlackHarness.http(SlackHarness.settings());
        JsonNode blocks = postedNote();

        // THEN no header: a lead line with the note, the links, the why line, then one row of buttons
        assertThat(types(blocks)).containsExactly("section", "section", "context", "actions");
        assertThat(blocks.get(0).get("text").get("text").asText())
                .startsWith("*A note on \u201cDistillation\u201d*\n").contains("API abuse such as jailbreaking");
        JsonNode buttons = blocks.get(3).get("elements");
        assertThat(buttons.findValuesAsText("action_id")).containsExactly(BlockKit.DEFINE_ACTION, "feedback_helpful",
                "feedback_not_needed", "remove_note");
        assertThat(buttons.get(0).get("value").asText()).isEqualTo("distillation");
        for (int i = 1; i < 4; i++) {
            assertThat(buttons.get(i).get("value").asText()).isEqualTo(ALICE + ":distillation-attack");
        }
        assertThat(buttons.get(3).get("style").asText()).isEqualTo("danger");
        assertThat(buttons.get(3).has("confirm")).isTrue();
    }

    @Test
    void full_definition_answers_the_clicker_only_with_the_definition() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        ObjectNode click = click(BlockKit.DEFINE_ACTION, BOB, "distillation");

        assertThat(slack.poster().form(Payloads.interactionForm(click)).statusCode()).isEqualTo(200);

        JsonNode answer = Await.value("definition", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("replace_original").asBoolean()).isFalse();
        assertThat(Payloads.strings(answer)).contains("Distillation").contains(BlockKit.SHARE_ACTION);
    }

    @Test
    void helpful_and_not_needed_are_one_vote_per_person_that_can_change() throws Exception {
        // GIVEN a note and its buttons as posted
        slack = SlackHarness.http(SlackHarness.settings());
        String value = controlValue(postedNote());

        // WHEN bob finds it helpful
        assertThat(slack.poster().form(Payloads.interactionForm(click("feedback_helpful", BOB, value))).statusCode())
                .isEqualTo(200);

        // THEN he alone is thanked, and his vote is stored
        JsonNode thanks = Await.value("answer", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(thanks.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(thanks.get("replace_original").asBoolean()).isFalse();
        assertThat(Payloads.strings(thanks)).anyMatch(s -> s.contains("Marked as helpful"));
        assertThat(slack.feedback.voteOf(CHANNEL, NOTE_TS, BOB)).contains(Vote.HELPFUL);

        // WHEN he changes his mind
        slack.poster().form(Payloads.interactionForm(click("feedback_not_needed", BOB, value)));

        // THEN the vote is replaced, not added
        Await.until("vote changed", () -> slack.feedback.voteOf(CHANNEL, NOTE_TS, BOB).equals(java.util.Optional.of(Vote.NOT_NEEDED)));
        assertThat(slack.feedback.voteCount()).isEqualTo(1);
    }

    @Test
    void not_needed_from_the_person_the_note_answered_counts_as_explained_to_them() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        String value = controlValue(postedNote());
        // the delivery recorded, and the "already explained" time set back to long ago
        Await.until("note delivered", () -> slack.usage.count(dev.termbot.core.EventKind.REPLIED) == 1);
        slack.store.recordExplained("slack", FakeSlackApi.TEAM, ALICE, "distillation-attack", Instant.EPOCH);
        Instant before = Instant.now();

        slack.poster().form(Payloads.interactionForm(click("feedback_not_needed", ALICE, value)));

        JsonNode answer = Await.value("answer", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(Payloads.strings(answer)).anyMatch(s -> s.contains("will not explain \u201cDistillation\u201d to you again"));
        assertThat(slack.store.lastExplained("slack", FakeSlackApi.TEAM, ALICE, "distillation-attack"))
                .hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(before.minusMillis(1)));
        assertThat(slack.feedback.voteOf(CHANNEL, NOTE_TS, ALICE)).contains(Vote.NOT_NEEDED);
    }

    @Test
    void the_author_removes_the_note_with_chat_delete() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        String value = controlValue(postedNote());

        slack.poster().form(Payloads.interactionForm(click("remove_note", ALICE, value)));

        FakeSlackApi.Call delete = Await.value("deleted", () -> first(slack.api.delivered("chat.delete")));
        assertThat(delete.param("channel")).isEqualTo("C0GENERAL");
        assertThat(delete.param("ts")).isEqualTo(NOTE_TS);
        assertThat(delete.authorization()).isEqualTo("Bearer " + SlackHarness.BOT_TOKEN);
        JsonNode answer = Await.value("answer", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(Payloads.strings(answer)).anyMatch(s -> s.contains("The note is gone"));
        assertThat(slack.feedback.removal(CHANNEL, NOTE_TS)).contains(RemovedBy.AUTHOR);
    }

    @Test
    void a_moderator_removes_the_note_too() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        slack.api.admin(MODERATOR);
        String value = controlValue(postedNote());

        slack.poster().form(Payloads.interactionForm(click("remove_note", MODERATOR, value)));

        FakeSlackApi.Call delete = Await.value("deleted", () -> first(slack.api.delivered("chat.delete")));
        assertThat(delete.param("ts")).isEqualTo(NOTE_TS);
        Await.until("answered", () -> !slack.api.calls(FakeSlackApi.RESPOND).isEmpty());
        assertThat(slack.feedback.removal(CHANNEL, NOTE_TS)).contains(RemovedBy.MODERATOR);
    }

    @Test
    void anyone_else_is_told_why_not_and_nothing_is_deleted() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        String value = controlValue(postedNote());

        slack.poster().form(Payloads.interactionForm(click("remove_note", CAROL, value)));

        JsonNode answer = Await.value("refusal", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(Payloads.strings(answer)).anyMatch(s -> s.contains("Only the person this note answered, or a moderator"));
        // the moderator check asked Slack, and the refusal comes after it: no delete can still be on its way
        assertThat(slack.api.calls("users.info")).isNotEmpty();
        assertThat(slack.api.calls("chat.delete")).isEmpty();
        assertThat(slack.feedback.removal(CHANNEL, NOTE_TS)).isEmpty();
    }

    @Test
    void an_ephemeral_note_is_removed_through_its_response_url() throws Exception {
        // GIVEN ephemeral mode: the note is shown to its author only, with the same buttons
        slack = SlackHarness.http(SlackHarness.settings().withReplyMode(SlackSettings.ReplyMode.EPHEMERAL));
        slack.poster().json(Payloads.load("event_message.json").toString());
        FakeSlackApi.Call shown = Await.value("ephemeral note", () -> first(slack.api.delivered("chat.postEphemeral")));
        String value = controlValue(shown.blocks());

        // WHEN the author clicks "Remove" on it
        ObjectNode click = click("remove_note", ALICE, value);
        ((ObjectNode) click.get("container")).put("is_ephemeral", true).remove("thread_ts");
        click.remove("message");
        slack.poster().form(Payloads.interactionForm(click));

        // THEN Slack is asked to delete the clicked message through the response URL (chat.delete cannot reach it)
        Await.until("deleted and answered", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 2);
        JsonNode delete = slack.api.calls(FakeSlackApi.RESPOND).get(0).json();
        assertThat(delete.get("delete_original").asBoolean()).isTrue();
        assertThat(Payloads.strings(slack.api.calls(FakeSlackApi.RESPOND).get(1).json()))
                .anyMatch(s -> s.contains("The note is gone"));
        assertThat(slack.api.calls("chat.delete")).isEmpty();
    }

    @Test
    void a_forged_click_is_refused_and_a_replayed_one_counts_once() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        String value = controlValue(postedNote());
        SignedPoster poster = slack.poster();

        // a click signed with another secret never reaches a handler
        byte[] forged = Payloads.interactionForm(click("remove_note", CAROL, value)).getBytes(StandardCharsets.UTF_8);
        String now = String.valueOf(Instant.now().getEpochSecond());
        assertThat(poster.post(forged, SignedPoster.FORM, now, SignedPoster.sign("not-the-signing-secret", now, forged), Map.of())
                .statusCode()).isEqualTo(401);

        // bob votes helpful, then not needed; then someone replays his first click, signature and all
        byte[] first = Payloads.interactionForm(click("feedback_helpful", BOB, value)).getBytes(StandardCharsets.UTF_8);
        String signature = SignedPoster.sign(SlackHarness.SIGNING_SECRET, now, first);
        assertThat(poster.post(first, SignedPoster.FORM, now, signature, Map.of()).statusCode()).isEqualTo(200);
        Await.until("first vote", () -> slack.feedback.voteOf(CHANNEL, NOTE_TS, BOB).isPresent());
        poster.form(Payloads.interactionForm(click("feedback_not_needed", BOB, value)));
        Await.until("second vote", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 2);
        HttpResponse<String> replay = poster.post(first, SignedPoster.FORM, now, signature, Map.of());
        assertThat(replay.statusCode()).isEqualTo(200);
        slack.close(); // lets the worker finish what was acknowledged

        // THEN the replay changed nothing and was not answered; the forged removal did nothing
        assertThat(slack.feedback.voteOf(CHANNEL, NOTE_TS, BOB)).contains(Vote.NOT_NEEDED);
        assertThat(slack.api.calls(FakeSlackApi.RESPOND)).hasSize(2);
        assertThat(slack.api.calls("chat.delete")).isEmpty();
    }

    @Test
    void a_click_through_socket_mode_is_handled_the_same_way() throws Exception {
        socket = new FakeSocketModeServer();
        slack = SlackHarness.socketMode(socket, SlackHarness.settings());
        socket.send(Payloads.envelope("events_api", "env-msg-1", Payloads.load("event_message.json"), 0));
        String value = controlValue(Await.value("note", () -> first(slack.api.delivered(POST))).blocks());

        socket.send(Payloads.envelope("interactive", "env-click-1", click("remove_note", ALICE, value), 0));

        Await.until("click acknowledged", () -> socket.received().stream().anyMatch(m -> m.contains("env-click-1")));
        FakeSlackApi.Call delete = Await.value("deleted", () -> first(slack.api.delivered("chat.delete")));
        assertThat(delete.param("ts")).isEqualTo(NOTE_TS);
        JsonNode answer = Await.value("answer", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(slack.feedback.removal(CHANNEL, NOTE_TS)).contains(RemovedBy.AUTHOR);
    }

    /** Slack delivers the message; the note's blocks as termbot posted them. */
    private JsonNode postedNote() {
        HttpResponse<String> ack = slack.poster().json(Payloads.load("event_message.json").toString());
        assertThat(ack.statusCode()).isEqualTo(200);
        return Await.value("note posted", () -> first(slack.api.delivered(POST))).blocks();
    }

    /** The value the posted note's controls carry, read from its blocks. */
    private static String controlValue(JsonNode blocks) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if ("feedback_helpful".equals(element.path("action_id").asText())) {
                    return element.get("value").asText();
                }
            }
        }
        throw new AssertionError("no feedback button in " + blocks);
    }

    /** A click on one button of the note, by {@code user}, with a trigger id of its own and a fresh response URL. */
    private ObjectNode click(String actionId, String user, String value) {
        int n = ++clicks;
        ObjectNode payload = Payloads.load("block_actions_note.json");
        ((ObjectNode) payload.get("user")).put("id", user).put("username", user.toLowerCase());
        payload.put("trigger_id", "70100000000" + n + ".7000000000001.feedback" + n);
        payload.put("response_url", slack.api.responseUrl("click-" + n));
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", actionId).put("value", value);
        return payload;
    }

    private static List<String> types(JsonNode blocks) {
        List<String> types = new ArrayList<>();
        blocks.forEach(b -> types.add(b.get("type").asText()));
        return types;
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
