package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.core.Suggestion;
import dev.termbot.testing.Await;
import dev.termbot.testing.LiveGlossary;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Glossary suggestions on Slack through real Bolt: a review card in the moderators' channel, Approve
 * and Reject through signed {@code block_actions} (and over Socket Mode), refusals, replays and
 * forgeries, the glossary list and related terms.
 */
class SlackSuggestionsIT {
    private static final String MODS = "C0MODS";
    private static final String MODERATOR = "U0MODERATOR";
    private static final String CARD_TS = "1714824900.000100";
    private static final String GROKKING = "suggest Grokking: A sudden jump from memorising the training set to generalising,"
            + " long after training loss stopped falling. https://arxiv.org/abs/2201.02177";

    private final LiveGlossary glossary = new LiveGlossary();
    private SlackHarness slack;
    private FakeSocketModeServer socket;

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

    private static SlackSettings withModerators() {
        return SlackHarness.settings().withModerators(MODS, "");
    }

    @Test
    void a_suggestion_posts_a_review_card_and_a_moderator_click_approves_it_for_define_at_once() throws Exception {
        // GIVEN a running adapter with a moderators' channel and an admin
        slack = SlackHarness.http(withModerators(), glossary, Optional.empty());
        slack.api.admin(MODERATOR);

        // WHEN a member suggests a term
        assertThat(slack.poster().form(termbot(GROKKING, "U0ALICE", "suggest-1")).statusCode()).isEqualTo(200);

        // THEN the member is thanked privately and the card with both buttons is in the moderators' channel
        JsonNode thanks = Await.value("member answered", () -> respondedTo("suggest-1")).json();
        assertThat(thanks.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(Payloads.strings(thanks)).anyMatch(s -> s.contains("suggestion #1"));
        FakeSlackApi.Call card = Await.value("card posted", () -> first(slack.api.delivered("chat.postMessage")));
        assertThat(card.param("channel")).isEqualTo(MODS);
        assertThat(Payloads.strings(card.blocks())).contains("Glossary suggestion #1", SuggestionReview.APPROVE_ACTION,
                SuggestionReview.REJECT_ACTION).anyMatch(s -> s.contains("*Grokking*"));
        String ts = CARD_TS; // the card's ts as Slack puts it in the click payload

        // WHEN someone who is not a moderator clicks Approve
        slack.poster().form(click(SuggestionReview.APPROVE_ACTION, "1", "U0BOB", ts, "click-bob"));
        // THEN they are told no, privately, and nothing is decided
        JsonNode refused = Await.value("refusal", () -> respondedTo("click-bob")).json();
        assertThat(refused.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refused.get("replace_original").asBoolean()).isFalse();
        assertThat(Payloads.strings(refused)).contains("Moderators only");
        assertThat(glossary.store().find(1).map(Suggestion::status)).contains(Suggestion.Status.PENDING);

        // WHEN the moderator clicks Approve (and the same signed click is replayed)
        String approve = click(SuggestionReview.APPROVE_ACTION, "1", MODERATOR, ts, "click-mod");
        slack.poster().form(approve);
        JsonNode approved = Await.value("approval answered", () -> respondedTo("click-mod")).json();
        assertThat(Payloads.strings(approved)).contains("Suggestion approved");
        // THEN the card loses its buttons and says who decided
        FakeSlackApi.Call update = Await.value("card updated", () -> first(slack.api.delivered("chat.update")));
        assertThat(update.param("channel")).isEqualTo(MODS);
        assertThat(update.param("ts")).isEqualTo(ts);
        assertThat(update.blocks().toString()).doesNotContain(SuggestionReview.APPROVE_ACTION).contains("approved by <@" + MODERATOR + ">");
        // AND /define finds the entry without a restart
        slack.poster().form(define("grokking", "define-after"));
        JsonNode found = Await.value("define answered", () -> respondedTo("define-after")).json();
        assertThat(Payloads.strings(found)).contains("Grokking").anyMatch(s -> s.contains("A sudden jump from memorising"));

        // AND a replay of the approval decides nothing again
        slack.poster().form(approve.replace("click-mod", "click-replay"));
        JsonNode replay = Await.value("replay answered", () -> respondedTo("click-replay")).json();
        assertThat(Payloads.strings(replay)).contains("Already decided");
        assertThat(slack.api.delivered("chat.update")).hasSize(1);
        assertThat(glossary.store().overlay()).hasSize(1);
    }

    @Test
    void reject_through_a_signed_click_and_a_forged_click_is_refused_before_anything_runs() throws Exception {
        slack = SlackHarness.http(withModerators(), glossary, Optional.empty());
        slack.api.admin(MODERATOR);
        slack.poster().form(termbot(GROKKING, "U0ALICE", "suggest-2"));
        FakeSlackApi.Call card = Await.value("card posted", () -> first(slack.api.delivered("chat.postMessage")));
        String ts = CARD_TS; // the card's ts as Slack puts it in the click payload

        // a click signed with the wrong secret is refused with 401
        byte[] forged = click(SuggestionReview.APPROVE_ACTION, "1", MODERATOR, ts, "forged").getBytes(StandardCharsets.UTF_8);
        String now = String.valueOf(Instant.now().getEpochSecond());
        HttpResponse<String> answer = slack.poster().post(forged, "application/x-www-form-urlencoded", now,
                SignedPoster.sign("not-the-secret", now, forged), Map.of());
        assertThat(answer.statusCode()).isEqualTo(401);

        slack.poster().form(click(SuggestionReview.REJECT_ACTION, "1", MODERATOR, ts, "reject"));
        JsonNode rejected = Await.value("rejection answered", () -> respondedTo("reject")).json();
        assertThat(Payloads.strings(rejected)).contains("Suggestion rejected");
        assertThat(glossary.store().find(1).map(Suggestion::status)).contains(Suggestion.Status.REJECTED);
        assertThat(slack.api.calls(FakeSlackApi.RESPOND)).noneMatch(call -> call.path().endsWith("forged"));
        FakeSlackApi.Call update = Await.value("card updated", () -> first(slack.api.delivered("chat.update")));
        assertThat(Payloads.strings(update.blocks())).contains("Glossary suggestion #1: rejected");
        assertThat(glossary.store().overlay()).isEmpty();
    }

    @Test
    void moderators_decide_with_the_slash_command_too_and_members_are_refused() throws Exception {
        slack = SlackHarness.http(withModerators(), glossary, Optional.empty());
        slack.api.admin(MODERATOR);
        slack.poster().form(termbot(GROKKING, "U0ALICE", "s"));
        Await.until("card posted", () -> slack.api.delivered("chat.postMessage").size() == 1);

        slack.poster().form(termbot("approve 1", "U0ALICE", "member-approve"));
        assertThat(Payloads.strings(Await.value("refused", () -> respondedTo("member-approve")).json())).contains("Moderators only");
        slack.poster().form(termbot("approve 1", MODERATOR, "mod-approve"));
        assertThat(Payloads.strings(Await.value("approved", () -> respondedTo("mod-approve")).json())).contains("Suggestion approved");
        assertThat(glossary.get().term("grokking")).isPresent();
    }

    @Test
    void a_suggestion_without_a_source_is_approved_with_the_link_the_moderator_adds() throws Exception {
        slack = SlackHarness.http(withModerators(), glossary, Optional.empty());
        slack.api.admin(MODERATOR);
        slack.poster().form(termbot("suggest Weight decay: Shrinking the weights a little at every training step.", "U0ALICE", "s"));
        FakeSlackApi.Call card = Await.value("card posted", () -> first(slack.api.delivered("chat.postMessage")));
        assertThat(String.join("\n", Payloads.strings(card.blocks()))).contains("No source link yet: approve it with /termbot approve 1 https://a-source");

        slack.poster().form(termbot("approve 1", MODERATOR, "without"));
        assertThat(String.join("\n", Payloads.strings(Await.value("asked for a source", () -> respondedTo("without")).json())))
                .contains("has no source link");
        slack.poster().form(termbot("approve 1 https://example.org/weight-decay", MODERATOR, "with"));
        assertThat(Payloads.strings(Await.value("approved", () -> respondedTo("with")).json())).contains("Suggestion approved");
        assertThat(glossary.get().term("weight-decay").orElseThrow().links()).extracting(link -> link.url())
                .containsExactly("https://example.org/weight-decay");
    }

    @Test
    void without_a_moderators_channel_the_member_is_told_and_nothing_is_stored() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings(), glossary, Optional.empty());

        slack.poster().form(termbot(GROKKING, "U0ALICE", "no-channel"));

        JsonNode answer = Await.value("answered", () -> respondedTo("no-channel")).json();
        assertThat(Payloads.strings(answer)).contains("Suggestions are not taken here")
                .anyMatch(s -> s.contains("slack.moderator_channel"));
        assertThat(slack.api.calls("chat.postMessage")).isEmpty();
        assertThat(glossary.store().find(1)).isEmpty();
    }

    @Test
    void define_alone_lists_every_term_grouped_by_initial_and_a_definition_names_its_related_terms() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings(), glossary, Optional.empty());

        slack.poster().form(define("", "list"));
        slack.poster().form(define("distillation", "one"));

        JsonNode list = Await.value("list answered", () -> respondedTo("list")).json();
        assertThat(list.get("response_type").asText()).isEqualTo("ephemeral");
        JsonNode blocks = list.get("blocks");
        assertThat(blocks.get(0).get("text").get("text").asText()).isEqualTo("The glossary: " + LiveGlossary.shippedTerms() + " terms");
        assertThat(Payloads.strings(blocks)).anyMatch(s -> s.startsWith("*D*\n") && s.contains("Distillation \u00b7 Distillation attack"))
                .anyMatch(s -> s.startsWith("*A*\n"));
        JsonNode one = Await.value("definition answered", () -> respondedTo("one")).json();
        assertThat(Payloads.strings(one)).anyMatch(s -> s.contains("Related: Teacher model, Student model, Synthetic data"));
    }

    @Test
    void approve_works_over_socket_mode() throws Exception {
        socket = new FakeSocketModeServer();
        slack = SlackHarness.socketMode(socket, withModerators(), glossary);
        slack.api.admin(MODERATOR);
        socket.send(Payloads.envelope("slash_commands", "env-suggest", command(GROKKING, "U0ALICE", "socket-suggest"), 0));
        FakeSlackApi.Call card = Await.value("card posted", () -> first(slack.api.delivered("chat.postMessage")));
        String ts = CARD_TS; // the card's ts as Slack puts it in the click payload

        socket.send(Payloads.envelope("interactive", "env-approve",
                clickPayload(SuggestionReview.APPROVE_ACTION, "1", MODERATOR, ts, "socket-approve"), 0));

        JsonNode approved = Await.value("approval answered", () -> respondedTo("socket-approve")).json();
        assertThat(Payloads.strings(approved)).contains("Suggestion approved");
        assertThat(glossary.get().term("grokking")).isPresent();
        Await.until("card updated", () -> slack.api.delivered("chat.update").size() == 1);
    }

    private String termbot(String text, String user, String responseId) {
        return Payloads.form(command(text, user, responseId));
    }

    private ObjectNode command(String text, String user, String responseId) {
        return Payloads.command("slash_command_termbot.json", text, user, "C0GENERAL", slack.api.responseUrl(responseId));
    }

    private String define(String text, String responseId) {
        return Payloads.form(Payloads.command("slash_command_define.json", text, "U0ALICE", "C0GENERAL",
                slack.api.responseUrl(responseId)));
    }

    private String click(String action, String value, String user, String ts, String responseId) {
        return Payloads.interactionForm(clickPayload(action, value, user, ts, responseId));
    }

    private ObjectNode clickPayload(String action, String value, String user, String ts, String responseId) {
        ObjectNode payload = Payloads.load("block_actions_share.json");
        payload.put("response_url", slack.api.responseUrl(responseId));
        ((ObjectNode) payload.get("user")).put("id", user);
        ((ObjectNode) payload.get("channel")).put("id", MODS).put("name", "mods");
        ((ObjectNode) payload.get("container")).put("message_ts", ts).put("channel_id", MODS).put("is_ephemeral", false);
        ObjectNode button = (ObjectNode) payload.get("actions").get(0);
        button.put("action_id", action).put("value", value).put("action_ts", ts + "1");
        return payload;
    }

    private FakeSlackApi.Call respondedTo(String responseId) {
        return first(slack.api.calls(FakeSlackApi.RESPOND).stream().filter(call -> call.path().endsWith("/" + responseId)).toList());
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
