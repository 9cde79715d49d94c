package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.termbot.testing.Await;
import dev.termbot.testing.Slowloris;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public Slack endpoint under hostile or unusual traffic: half-open connections, payloads
 * Bolt does not know, Slack's {@code app_rate_limited}, and signed bodies that are not what Slack
 * sends. Real Bolt, real sockets on 127.0.0.1, a fake Web API.
 */
class SlackEndpointHardeningIT {
    /** A text that must never reach a log line. */
    private static final String SECRET_TEXT = "quokka-zebra-5531-private-words";
    private SlackHarness slack;

    @BeforeEach
    void start() throws Exception {
        slack = SlackHarness.http(SlackHarness.settings());
    }

    @AfterEach
    void tearDown() {
        slack.close();
        slack.assertCleanLogs();
    }

    @Test
    void a_signed_event_is_answered_within_3_s_while_64_half_open_connections_are_held() throws Exception {
        try (Slowloris attack = Slowloris.hold(slack.platform.httpPort(), 64, HttpEventEndpoint.PATH)) {
            // WHEN Slack delivers an event, and allows 3 s for the answer (the request's own timeout)
            byte[] body = Payloads.load("event_message.json").toString().getBytes(StandardCharsets.UTF_8);
            String ts = String.valueOf(Instant.now().getEpochSecond());
            HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + slack.platform.httpPort() + HttpEventEndpoint.PATH))
                    .timeout(Duration.ofSeconds(3))
                    .header("Content-Type", SignedPoster.JSON)
                    .header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", SignedPoster.sign(SlackHarness.SIGNING_SECRET, ts, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

            // THEN it is acknowledged, the note is posted, and every slow connection is still held
            assertThat(ack.statusCode()).isEqualTo(200);
            Await.until("note posted", () -> !slack.api.delivered("chat.postMessage").isEmpty());
            assertThat(attack.stillOpen()).isEqualTo(64);
        }
    }

    @Test
    void an_unknown_signed_payload_is_acknowledged_and_its_text_never_logged() {
        // GIVEN payloads Bolt's parser does not recognise, carrying a text and Slack's legacy token
        String json = "{\"token\":\"legacy-verification-token\",\"type\":\"some_future_type\",\"event\":{\"text\":\""
                + SECRET_TEXT + "\",\"user\":\"U0ALICE\"}}";
        String form = "not_a_command=" + SECRET_TEXT;
        String interaction = "payload=" + java.net.URLEncoder.encode("{\"type\":\"view_submission\",\"view\":{\"type\":\"modal\"},"
                + "\"text\":\"" + SECRET_TEXT + "\"}", StandardCharsets.UTF_8);

        // WHEN they are posted, signed
        HttpResponse<String> unknownJson = slack.poster().json(json);
        HttpResponse<String> unknownForm = slack.poster().form(form);
        HttpResponse<String> unknownInteraction = slack.poster().form(interaction);

        // THEN the JSON and the interaction are acknowledged (Slack must not retry them), the form
        // that is nothing Slack sends is refused, and no log line holds the text
        assertThat(unknownJson.statusCode()).isEqualTo(200);
        assertThat(unknownInteraction.statusCode()).isEqualTo(200);
        assertThat(unknownForm.statusCode()).isEqualTo(400);
        assertThat(slack.logs.lines()).noneMatch(line -> line.contains(SECRET_TEXT) || line.contains("legacy-verification-token"));
        assertThat(slack.logs.lines()).anyMatch(line -> line.contains("'some_future_type'"));
    }

    @Test
    void app_rate_limited_is_acknowledged_with_a_warning_that_carries_no_payload() {
        // Slack's documented event, sent when an app gets more than 30,000 events an hour
        String body = "{\"token\":\"legacy-verification-token\",\"type\":\"app_rate_limited\",\"team_id\":\"T0TEAM\","
                + "\"minute_rate_limited\":1518467820,\"api_app_id\":\"A0APP\"}";

        HttpResponse<String> ack = slack.poster().json(body);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(slack.logs.events()).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().contains("app_rate_limited"));
        assertThat(slack.logs.lines()).noneMatch(line -> line.contains("legacy-verification-token")
                || line.contains("1518467820"));
    }

    @Test
    void malformed_signed_bodies_get_400_and_no_stack_trace() {
        List<String> jsonBodies = List.of("{not json", "[]", "\"event_callback\"", "{\"type\":42}",
                "{\"type\":\"event_callback\"}", "{\"type\":\"event_callback\",\"event\":{}}",
                "{\"type\":\"event_callback\"}{\"type\":\"event_callback\"}", "");
        for (String body : jsonBodies) {
            assertThat(slack.poster().json(body).statusCode()).as(body).isEqualTo(400);
        }
        for (String body : List.of("command=%zz", "payload=%7Bbroken", "payload=" + SECRET_TEXT)) {
            assertThat(slack.poster().form(body).statusCode()).as(body).isEqualTo(400);
        }
        assertThat(slack.logs.events()).noneMatch(e -> e.getThrowableProxy() != null);
        assertThat(slack.logs.lines()).noneMatch(line -> line.contains(SECRET_TEXT));
    }

    @Test
    void a_timestamp_of_now_minus_2_to_the_63_is_refused() {
        byte[] body = Payloads.load("event_message.json").toString().getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(Instant.now().getEpochSecond() + Long.MIN_VALUE);

        HttpResponse<String> response = slack.poster().post(body, SignedPoster.JSON, ts,
                SignedPoster.sign(SlackHarness.SIGNING_SECRET, ts, body), Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
