package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termbot.core.EventKind;
import dev.termbot.testing.Await;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Slack adapter in Socket Mode: real Bolt and its Java-WebSocket client against a fake websocket. */
class SlackSocketModeIT {
    private static final String POST = "chat.postMessage";
    private FakeSocketModeServer socket;
    private SlackHarness slack;

    @BeforeEach
    void startSocket() {
        socket = new FakeSocketModeServer();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (slack != null) {
            slack.close();
            slack.assertCleanLogs();
        }
        socket.close();
    }

    @Test
    void start_returns_connected_and_events_are_acknowledged_and_answered() throws Exception {
        // GIVEN the adapter started with an app-level token
        slack = SlackHarness.socketMode(socket, SlackHarness.settings());
        assertThat(slack.platform.isConnected()).isTrue();
        assertThat(slack.platform.httpPort()).isEqualTo(-1);
        assertThat(slack.api.calls("apps.connections.open")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer " + SlackHarness.APP_TOKEN));

        // WHEN Slack pushes a message event envelope
        socket.send(Payloads.envelope("events_api", "env-msg-1", Payloads.load("event_message.json"), 0));

        // THEN the envelope is acknowledged and the note is posted in the thread
        Await.until("ack for env-msg-1", () -> acked("env-msg-1"));
        FakeSlackApi.Call post = Await.value("note", () -> first(slack.api.delivered(POST)));
        assertThat(post.param("thread_ts")).isEqualTo("1714824000.000200");
        assertThat(Payloads.strings(post.blocks())).anyMatch(s -> s.startsWith("_Why am I seeing this?_"));
    }

    @Test
    void a_redelivered_event_is_acknowledged_again_but_answered_once() throws Exception {
        slack = SlackHarness.socketMode(socket, SlackHarness.settings());
        JsonNode event = Payloads.load("event_message.json");

        socket.send(Payloads.envelope("events_api", "env-a", event, 0));
        socket.send(Payloads.envelope("events_api", "env-b", event, 1));
        socket.send(Payloads.envelope("events_api", "env-c", event, 2));

        Await.until("all three acknowledged", () -> acked("env-a") && acked("env-b") && acked("env-c"));
        slack.close();
        assertThat(slack.api.calls(POST)).hasSize(1);
        assertThat(slack.usage.count(EventKind.HIT)).isEqualTo(1);
    }

    @Test
    void slash_commands_and_buttons_work_over_the_socket() throws Exception {
        slack = SlackHarness.socketMode(socket, SlackHarness.settings());

        socket.send(Payloads.envelope("slash_commands", "env-cmd-1", Payloads.command("slash_command_define.json",
                "rlhf", "U0ALICE", "C0GENERAL", slack.api.responseUrl("define-socket")), 0));
        Await.until("command acknowledged", () -> acked("env-cmd-1"));
        JsonNode answer = Await.value("define answered", () -> first(slack.api.calls(FakeSlackApi.RESPOND))).json();
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(Payloads.strings(answer)).contains("RLHF");

        socket.send(Payloads.envelope("interactive", "env-click-1", Payloads.shareClick(slack.api.responseUrl("share-socket")), 0));
        Await.until("click acknowledged", () -> acked("env-click-1"));
        Await.until("shared", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 2);
        JsonNode shared = slack.api.calls(FakeSlackApi.RESPOND).get(1).json();
        assertThat(shared.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(Payloads.strings(shared)).contains("Distillation");
    }

    @Test
    void close_disconnects() throws Exception {
        slack = SlackHarness.socketMode(socket, SlackHarness.settings());
        Await.until("client connected to the fake", () -> socket.openConnections() == 1);

        slack.close();

        assertThat(slack.platform.isConnected()).isFalse();
        Await.until("connection closed", () -> socket.openConnections() == 0);
    }

    @Test
    void start_fails_clearly_when_slack_refuses_the_app_token() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); LogCapture logs = new LogCapture()) {
            // GIVEN apps.connections.open answers invalid_auth (no socket URL configured in the fake)
            SlackPlatform platform = new SlackPlatform(
                    new dev.termbot.core.Bot(TestGlossary::knowledge, new dev.termbot.core.InMemoryPolicyStore(),
                            dev.termbot.core.PolicySettings.DEFAULTS, dev.termbot.core.UsageLog.NONE,
                            java.time.Clock.systemUTC()),
                    SlackSettings.defaults().withApiUrl(api.apiUrl()),
                    new SlackCredentials(SlackHarness.BOT_TOKEN, "", SlackHarness.APP_TOKEN), () -> "",
                    java.time.Clock.systemUTC());

            // WHEN it starts, THEN it says what failed, without the token
            assertThatThrownBy(platform::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Socket Mode").hasMessageContaining("SLACK_APP_TOKEN")
                    .hasMessageNotContaining(SlackHarness.APP_TOKEN);
            assertThat(platform.isConnected()).isFalse();
            platform.close();
            assertThat(logs.lines()).noneMatch(line -> line.contains(SlackHarness.APP_TOKEN)
                    || line.contains(SlackHarness.BOT_TOKEN));
        }
    }

    private boolean acked(String envelopeId) {
        return socket.received().stream().map(SlackSocketModeIT::parse)
                .anyMatch(json -> envelopeId.equals(json.path("envelope_id").asText()));
    }

    private static JsonNode parse(String text) {
        try {
            return Payloads.JSON.readTree(text);
        } catch (java.io.IOException e) {
            return Payloads.JSON.createObjectNode();
        }
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
