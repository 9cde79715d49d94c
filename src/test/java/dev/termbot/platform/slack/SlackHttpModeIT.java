package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.core.EventKind;
import dev.termbot.core.SuppressionReason;
import dev.termbot.testing.Await;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Slack adapter in HTTP mode: real Bolt behind the hardened Jetty server, signed requests, a fake Web API. */
class SlackHttpModeIT {
    private static final String POST = "chat.postMessage";
    private SlackHarness slack;

    @AfterEach
    void tearDown() {
        if (slack != null) {
            slack.close();
            slack.assertCleanLogs();
        }
    }

    @Test
    void a_misused_term_gets_a_note_in_the_message_thread_with_links_and_the_why_line() throws Exception {
        // GIVEN a running adapter in thread mode
        slack = SlackHarness.http(SlackHarness.settings());

        // WHEN Slack delivers a message that says "distillation attack"
        HttpResponse<String> ack = slack.poster().json(Payloads.load("event_message.json").toString());

        // THEN the event is acknowledged and a note goes into the message's thread
        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlackApi.Call post = Await.value("note posted", () -> first(slack.api.delivered(POST)));
        assertThat(post.param("channel")).isEqualTo("C0GENERAL");
        assertThat(post.param("thread_ts")).isEqualTo("1714824000.000200");
        assertThat(post.authorization()).isEqualTo("Bearer " + SlackHarness.BOT_TOKEN);
        assertThat(post.param("text")).contains("Distillation attack").contains("https://www.interconnects.ai/p/the-distillation-panic");
        JsonNode blocks = post.blocks();
        // compact, like the Discord note: no header, the lead line opens the first section
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("section");
        assertThat(blocks.get(0).get("text").get("text").asText()).startsWith("*A note on \u201cDistillation\u201d*");
        assertThat(Payloads.strings(blocks)).anyMatch(s -> s.contains("API abuse such as jailbreaking"))
                .anyMatch(s -> s.contains("<https://www.interconnects.ai/p/the-distillation-panic|The distillation panic>"));
        JsonNode context = blocks.get(blocks.size() - 2);
        assertThat(blocks.get(blocks.size() - 1).get("type").asText()).isEqualTo("actions");
        assertThat(context.get("type").asText()).isEqualTo("context");
        assertThat(context.get("elements").get(0).get("text").asText())
                .startsWith("_Why am I seeing this?_ ").contains("/termbot optout");
        Await.until("reply recorded", () -> slack.usage.count(EventKind.REPLIED) == 1);
    }

    @Test
    void a_reply_inside_a_thread_stays_in_that_thread() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());

        slack.poster().json(Payloads.load("event_message_in_thread.json").toString());

        FakeSlackApi.Call post = Await.value("note posted", () -> first(slack.api.delivered(POST)));
        assertThat(post.param("thread_ts")).isEqualTo("1714824000.000200");
    }

    @Test
    void ephemeral_mode_shows_the_note_to_the_author_only() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings().withReplyMode(SlackSettings.ReplyMode.EPHEMERAL));

        slack.poster().json(Payloads.load("event_message.json").toString());

        FakeSlackApi.Call post = Await.value("ephemeral note", () -> first(slack.api.delivered("chat.postEphemeral")));
        assertThat(post.param("channel")).isEqualTo("C0GENERAL");
        assertThat(post.param("user")).isEqualTo("U0ALICE");
        assertThat(post.param("thread_ts")).isNull();
        assertThat(Payloads.strings(post.blocks())).anyMatch(s -> s.startsWith("_Why am I seeing this?_"));
        slack.close();
        assertThat(slack.api.calls(POST)).isEmpty();
    }

    @Test
    void the_ack_does_not_wait_for_the_web_api() throws Exception {
        // GIVEN a Web API that does not answer chat.postMessage yet
        slack = SlackHarness.http(SlackHarness.settings());
        slack.api.hold(POST);

        // WHEN an event arrives, THEN it is acknowledged while the reply is still on its way
        HttpResponse<String> ack = slack.poster().json(Payloads.load("event_message.json").toString());
        assertThat(ack.statusCode()).isEqualTo(200);
        Await.until("reply attempt reached Slack", () -> slack.api.arrived(POST) == 1);
        assertThat(slack.api.delivered(POST)).isEmpty();

        slack.api.release(POST);
        Await.until("reply delivered", () -> slack.api.delivered(POST).size() == 1);
    }

    @Test
    void define_answers_ephemerally_with_a_share_button() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        ObjectNode command = Payloads.command("slash_command_define.json", "distillation", "U0ALICE", "C0GENERAL",
                slack.api.responseUrl("define-1"));

        HttpResponse<String> ack = slack.poster().form(Payloads.form(command));

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode answer = Await.value("define answered", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).contains("Distillation").contains("student model");
        List<String> strings = Payloads.strings(answer.get("blocks"));
        assertThat(strings).contains("Distillation")
                .anyMatch(s -> s.contains("maths &amp; code"))
                .anyMatch(s -> s.contains("<https://arxiv.org/abs/1503.02531|"));
        JsonNode button = answer.get("blocks").get(answer.get("blocks").size() - 1).get("elements").get(0);
        assertThat(button.get("action_id").asText()).isEqualTo(BlockKit.SHARE_ACTION);
        assertThat(button.get("value").asText()).isEqualTo("distillation");
        Await.until("lookup recorded", () -> slack.usage.count(EventKind.DEFINE) == 1);
    }

    @Test
    void define_of_an_unknown_term_suggests_near_entries() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());

        slack.poster().form(Payloads.form(Payloads.command("slash_command_define.json", "distilation", "U0ALICE",
                "C0GENERAL", slack.api.responseUrl("define-2"))));

        JsonNode answer = Await.value("define answered", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(Payloads.strings(answer)).contains("Not in the glossary")
                .anyMatch(s -> s.contains("Did you mean: *Distillation*?"));
        assertThat(answer.toString()).doesNotContain(BlockKit.SHARE_ACTION);
    }

    @Test
    void the_share_button_posts_the_definition_for_everyone_once() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        String click = Payloads.interactionForm(Payloads.shareClick(slack.api.responseUrl("share-1")));

        HttpResponse<String> ack = slack.poster().form(click);
        slack.poster().form(click); // a double click

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode shared = Await.value("shared", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(shared.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(shared.get("replace_original").asBoolean()).isFalse();
        assertThat(Payloads.strings(shared)).contains("Distillation");
        assertThat(shared.toString()).doesNotContain(BlockKit.SHARE_ACTION);
        slack.close();
        assertThat(slack.api.calls(FakeSlackApi.RESPOND)).hasSize(1);
    }

    @Test
    void retried_deliveries_of_one_event_give_one_reply() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        String event = Payloads.load("event_message.json").toString();

        SignedPoster poster = slack.poster();
        List<Integer> statuses = List.of(
                poster.json(event).statusCode(),
                poster.signed(event, SignedPoster.JSON, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode(),
                poster.signed(event, SignedPoster.JSON, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout")).statusCode());
        slack.close(); // finishes all work in flight

        assertThat(statuses).containsOnly(200);
        assertThat(slack.api.calls(POST)).hasSize(1);
        assertThat(slack.usage.count(EventKind.HIT)).isEqualTo(1);
        // one claim per delivery: the core's, by channel and message ts (what survives restarts with SQLite);
        // no second key by event id
        assertThat(slack.store.markHandled("slack", FakeSlackApi.TEAM, "msg:C0GENERAL:1714824000.000200", Instant.now()))
                .isFalse();
        assertThat(slack.store.markHandled("slack", FakeSlackApi.TEAM, "event:Ev0MSG0001", Instant.now())).isTrue();
    }

    @Test
    void unsigned_forged_stale_future_and_tampered_requests_get_401_before_any_handler() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        SignedPoster poster = slack.poster();
        byte[] body = Payloads.load("event_message.json").toString().getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String ts = String.valueOf(now);
        String old = String.valueOf(now - 6 * 60);
        String future = String.valueOf(now + 6 * 60);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("U0ALICE", "U0MALLORY").getBytes(StandardCharsets.UTF_8);

        List<HttpResponse<String>> answers = List.of(
                poster.post(body, SignedPoster.JSON, null, null, Map.of()),
                poster.post(body, SignedPoster.JSON, ts, null, Map.of()),
                poster.post(body, SignedPoster.JSON, ts, SignedPoster.sign("not-the-secret", ts, body), Map.of()),
                poster.post(body, SignedPoster.JSON, old, SignedPoster.sign(SlackHarness.SIGNING_SECRET, old, body), Map.of()),
                poster.post(body, SignedPoster.JSON, future, SignedPoster.sign(SlackHarness.SIGNING_SECRET, future, body), Map.of()),
                poster.post(tampered, SignedPoster.JSON, ts, SignedPoster.sign(SlackHarness.SIGNING_SECRET, ts, body), Map.of()),
                poster.post(body, SignedPoster.JSON, "yesterday", SignedPoster.sign(SlackHarness.SIGNING_SECRET, "yesterday", body), Map.of()));
        slack.close();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(answers.get(0).body()).isEqualTo("{\"error\":\"invalid request\"}");
        assertThat(slack.api.calls()).extracting(FakeSlackApi.Call::method).containsOnly("auth.test");
        assertThat(slack.usage.events()).isEmpty();
    }

    @Test
    void a_signed_non_ascii_event_is_accepted() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        String event = Payloads.message("Ev0UTF80001", "C0CAFE", "U0ZOE", "1714825000.000100",
                "Café talk \u2014 is that a distillation attack? \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude80").toString();

        HttpResponse<String> ack = slack.poster().json(event);

        assertThat(ack.statusCode()).isEqualTo(200);
        Await.until("note posted", () -> slack.api.delivered(POST).size() == 1);
    }

    @Test
    void other_bots_and_own_messages_get_no_note() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        SignedPoster poster = slack.poster();

        assertThat(poster.json(Payloads.load("event_own_message.json").toString()).statusCode()).isEqualTo(200);
        assertThat(poster.json(Payloads.load("event_bot_message.json").toString()).statusCode()).isEqualTo(200);
        assertThat(poster.json(Payloads.load("event_message_other_bot.json").toString()).statusCode()).isEqualTo(200);

        Await.until("other bot judged as a bot", () -> slack.usage.suppressed("C0GENERAL", SuppressionReason.BOT_AUTHOR));
        slack.close();
        assertThat(slack.api.calls(POST)).isEmpty();
        assertThat(slack.api.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void an_edited_message_never_gets_a_second_note_and_a_mention_event_is_not_judged_twice() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        SignedPoster poster = slack.poster();
        poster.json(Payloads.load("event_message.json").toString());
        Await.until("first note", () -> slack.api.delivered(POST).size() == 1);

        assertThat(poster.json(Payloads.load("event_message_changed.json").toString()).statusCode()).isEqualTo(200);
        assertThat(poster.json(Payloads.load("event_app_mention.json").toString()).statusCode()).isEqualTo(200);
        slack.close();

        assertThat(slack.api.calls(POST)).hasSize(1);
        assertThat(slack.usage.count(EventKind.HIT)).isEqualTo(1);
    }

    @Test
    void mentions_in_user_text_are_never_echoed_as_mentions() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        SignedPoster poster = slack.poster();

        poster.json(Payloads.message("Ev0PING0001", "C0PING", "U0EVE", "1714825100.000100",
                "<!channel> <!here> <@U0BOB> look, a distillation attack <#C0OTHER|other> @everyone").toString());
        poster.form(Payloads.form(Payloads.command("slash_command_define.json",
                "<!channel> <!here> <@U0BOB> <!subteam^S0MODS> @here & <b>", "U0EVE", "C0PING",
                slack.api.responseUrl("define-ping"))));

        FakeSlackApi.Call note = Await.value("note", () -> first(slack.api.delivered(POST)));
        JsonNode answer = Await.value("define answer", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        List<String> sent = new java.util.ArrayList<>(Payloads.strings(note.blocks()));
        sent.add(note.param("text"));
        sent.addAll(Payloads.strings(answer));
        assertThat(sent).noneMatch(s -> s.contains("<!") || s.contains("<@") || s.contains("<#"))
                .noneMatch(s -> s.matches("(?s).*@(here|channel|everyone)\\b.*"));
        assertThat(Payloads.strings(answer)).anyMatch(s -> s.contains("&amp; &lt;b&gt;"));
    }

    @Test
    void a_rate_limited_reply_is_delivered_once_after_retry_after() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        slack.api.rateLimitOnce(POST, 1);

        slack.poster().json(Payloads.load("event_message.json").toString());

        Await.until("reply delivered after the 429", () -> slack.api.delivered(POST).size() == 1);
        slack.close();
        List<FakeSlackApi.Call> attempts = slack.api.calls(POST);
        assertThat(attempts).extracting(FakeSlackApi.Call::status).containsExactly(429, 200);
        assertThat(Duration.ofNanos(attempts.get(1).nanoTime() - attempts.get(0).nanoTime()))
                .as("waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(slack.usage.count(EventKind.REPLIED)).isEqualTo(1);
    }

    @Test
    void only_moderators_can_mute_and_a_muted_channel_gets_no_note() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        slack.api.admin("U0ADMIN");
        SignedPoster poster = slack.poster();

        // GIVEN a member who is not an admin tries to mute #mods
        poster.form(Payloads.form(Payloads.command("slash_command_termbot.json", "mute", "U0ALICE", "C0MODS",
                slack.api.responseUrl("mute-1"))));
        JsonNode refused = Await.value("refusal", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(Payloads.strings(refused)).contains("Moderators only");
        poster.json(Payloads.message("Ev0MOD0001", "C0MODS", "U0ALICE", "1714826000.000100", "distillation attack!").toString());
        Await.until("note while unmuted", () -> slack.api.delivered(POST).size() == 1);

        // WHEN an admin mutes it
        poster.form(Payloads.form(Payloads.command("slash_command_termbot.json", "mute", "U0ADMIN", "C0MODS",
                slack.api.responseUrl("mute-2"))));
        Await.until("mute confirmed", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 2);
        assertThat(Payloads.strings(slack.api.calls(FakeSlackApi.RESPOND).get(1).json())).contains("Channel muted");

        // THEN the next hit there is suppressed as muted
        poster.json(Payloads.message("Ev0MOD0002", "C0MODS", "U0BOB", "1714826100.000100", "another distillation attack").toString());
        Await.until("suppressed as muted", () -> slack.usage.suppressed("C0MODS", SuppressionReason.MUTED));
        slack.close();
        assertThat(slack.api.calls(POST)).hasSize(1);
        assertThat(slack.api.calls("users.info")).extracting(c -> c.param("user")).containsExactly("U0ALICE", "U0ADMIN");
    }

    @Test
    void members_of_the_moderator_group_may_set_a_cooldown() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings().withModerators("", "S0MODS"));
        slack.api.userGroup("S0MODS", "U0CAROL");

        slack.poster().form(Payloads.form(Payloads.command("slash_command_termbot.json", "cooldown 45m", "U0CAROL",
                "C0GENERAL", slack.api.responseUrl("cool-1"))));

        JsonNode answer = Await.value("cooldown answer", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(Payloads.strings(answer)).contains("Cooldown set");
        assertThat(slack.store.cooldownOverride(new dev.termbot.core.Where("slack", FakeSlackApi.TEAM, "C0GENERAL", "")))
                .contains(Duration.ofMinutes(45));
    }

    @Test
    void digest_now_goes_to_the_moderator_channel_as_mrkdwn() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings().withModerators("C0MODS", ""));
        slack.api.admin("U0ADMIN");

        slack.poster().form(Payloads.form(Payloads.command("slash_command_termbot.json", "digest", "U0ADMIN",
                "C0GENERAL", slack.api.responseUrl("digest-1"))));

        FakeSlackApi.Call post = Await.value("digest posted", () -> first(slack.api.delivered(POST)));
        assertThat(post.param("channel")).isEqualTo("C0MODS");
        assertThat(post.param("text")).isEqualTo("*Weekly digest*\n\n\u2022 *3* notes posted\n"
                + "\u2022 top query: <https://example.org/d|distillation>");
        Await.until("confirmation", () -> !slack.api.calls(FakeSlackApi.RESPOND).isEmpty());
        assertThat(Payloads.strings(slack.api.calls(FakeSlackApi.RESPOND).get(0).json())).contains("Digest posted");
    }

    @Test
    void post_to_moderators_uses_the_configured_channel() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings().withModerators("C0MODS", ""));

        slack.platform.postToModerators("# Digest\nAll quiet.");

        assertThat(slack.api.delivered(POST)).singleElement()
                .satisfies(c -> assertThat(c.param("channel")).isEqualTo("C0MODS"))
                .satisfies(c -> assertThat(c.param("text")).isEqualTo("*Digest*\nAll quiet."));
    }

    @Test
    void anyone_can_opt_out_and_unknown_subcommands_show_help() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        SignedPoster poster = slack.poster();

        poster.form(Payloads.form(Payloads.command("slash_command_termbot.json", "optout", "U0DAVE", "C0GENERAL",
                slack.api.responseUrl("opt-1"))));
        Await.until("opt-out confirmed", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 1);
        poster.form(Payloads.form(Payloads.command("slash_command_termbot.json", "frobnicate", "U0DAVE", "C0GENERAL",
                slack.api.responseUrl("opt-2"))));
        Await.until("help shown", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 2);
        poster.json(Payloads.message("Ev0OPT0001", "C0GENERAL", "U0DAVE", "1714827000.000100", "a distillation attack").toString());

        Await.until("suppressed as opted out", () -> slack.usage.suppressed("C0GENERAL", SuppressionReason.OPTED_OUT));
        List<FakeSlackApi.Call> answers = slack.api.calls(FakeSlackApi.RESPOND);
        assertThat(Payloads.strings(answers.get(0).json())).contains("Opted out");
        assertThat(Payloads.strings(answers.get(1).json())).anyMatch(s -> s.contains("/define TERM"));
        assertThat(slack.api.calls("users.info")).isEmpty();
        slack.close();
        assertThat(slack.api.calls(POST)).isEmpty();
    }

    @Test
    void url_verification_is_answered_with_the_challenge() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());

        HttpResponse<String> answer = slack.poster().json(Payloads.load("url_verification.json").toString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void connection_state_follows_start_and_close() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
        assertThat(slack.platform.isConnected()).isTrue();
        assertThat(slack.platform.name()).isEqualTo("slack");

        slack.close();

        assertThat(slack.platform.isConnected()).isFalse();
    }

    @Test
    void http_mode_refuses_to_start_without_a_signing_secret() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); LogCapture logs = new LogCapture()) {
            for (String secret : new String[] {null, "", "   "}) {
                SlackPlatform platform = new SlackPlatform(
                        new dev.termbot.core.Bot(TestGlossary::knowledge, new dev.termbot.core.InMemoryPolicyStore(),
                                dev.termbot.core.PolicySettings.DEFAULTS, dev.termbot.core.UsageLog.NONE, Clock.systemUTC()),
                        SlackSettings.defaults().withHttp("127.0.0.1", 0).withApiUrl(api.apiUrl()),
                        new SlackCredentials(SlackHarness.BOT_TOKEN, secret, null), () -> "", Clock.systemUTC());

                assertThatThrownBy(platform::start).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("SLACK_SIGNING_SECRET");
                assertThat(platform.httpPort()).isEqualTo(-1);
                assertThat(platform.isConnected()).isFalse();
                platform.close();
            }
            assertThat(api.calls()).isEmpty();
            assertThat(logs.lines()).noneMatch(line -> line.contains(SlackHarness.BOT_TOKEN));
        }
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
