package dev.termbot.http;

import dev.termbot.testing.Slowloris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hardened server over real sockets on 127.0.0.1: every limit reached once, and served past. */
class HardenedHttpServerIT {
    private static final HttpEndpoint ECHO = call -> HttpAnswer.text(200,
            call.method() + " " + call.path() + " " + new String(call.body(), StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private HardenedHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        // Slack's own limit: an answer later than 3 s counts as a failed delivery
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(3)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_request_is_answered_within_3_s_while_64_half_open_connections_are_held() throws Exception {
        // GIVEN the Slack limits, and 64 clients stuck half-way through their headers or their body
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0, HttpLimits.slackEvents(), ECHO);
        try (Slowloris attack = Slowloris.hold(server.port(), 64, "/slack/events")) {
            // WHEN a well-behaved client posts
            HttpResponse<String> response = post("/slack/events", "hello");

            // THEN it is answered at once, and the server still holds every slow connection
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("POST /slack/events hello");
            assertThat(attack.stillOpen()).isEqualTo(64);
        }
    }

    @Test
    void one_client_address_cannot_hold_more_than_its_share() throws Exception {
        // GIVEN at most 4 connections per client
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0, HttpLimits.ops().withConnections(64, 4), ECHO);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(RawHttp.connect(server.port(), "127.0.0.9"));
            }
            // WHEN the same address opens a fifth
            try (Socket fifth = RawHttp.connect(server.port(), "127.0.0.9")) {
                // THEN the server closes it without a word
                assertThat(RawHttp.readAll(fifth.getInputStream())).isEmpty();
            }
            // AND another address is served as usual
            assertThat(post("/x", "y").statusCode()).isEqualTo(200);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void connections_that_were_closed_no_longer_count_against_their_client() throws Exception {
        // GIVEN at most 4 connections per client
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0, HttpLimits.ops().withConnections(64, 4), ECHO);

        // WHEN one address opens and closes many connections in turn, some refused on the way
        for (int i = 0; i < 40; i++) {
            List<Socket> burst = new ArrayList<>();
            for (int j = 0; j < 6; j++) {
                burst.add(RawHttp.connect(server.port(), "127.0.0.1"));
            }
            for (Socket socket : burst) {
                socket.close();
            }
        }

        // THEN it is still served: every close was counted back (the server sees the closes shortly after)
        dev.termbot.testing.Await.until("served again", () -> {
            try {
                return RawHttp.status(RawHttp.exchange(server.port(), "GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void a_header_block_over_the_limit_gets_431() throws Exception {
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0, HttpLimits.ops(), ECHO);

        String response = RawHttp.exchange(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(16 * 1024) + "\r\nConnection: close\r\n\r\n");

        assertThat(RawHttp.status(response)).isEqualTo(431);
    }

    @Test
    void a_body_over_the_limit_gets_413_whether_announced_or_streamed() throws Exception {
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0, HttpLimits.ops(), ECHO);
        String big = "b".repeat(HttpLimits.ops().maxBodyBytes() + 1);

        String announced = RawHttp.exchange(server.port(), "POST /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Length: " + big.length() + "\r\n\r\n" + big);
        String chunked = RawHttp.exchange(server.port(), "POST /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n");

        assertThat(RawHttp.status(announced)).isEqualTo(413);
        assertThat(RawHttp.status(chunked)).isEqualTo(413);
    }

    @Test
    void a_body_that_stops_arriving_is_answered_408_after_the_body_timeout() throws Exception {
        // GIVEN a short body timeout and a long idle timeout, so the body timeout is what acts
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0,
                HttpLimits.ops().withTimeouts(Duration.ofSeconds(30), Duration.ofMillis(300)), ECHO);

        // WHEN a client announces 10 bytes and sends 2
        String response = RawHttp.exchange(server.port(), "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab");

        // THEN it gets 408 and the connection is closed (exchange reads to the end of the stream)
        assertThat(RawHttp.status(response)).isEqualTo(408);
    }

    @Test
    void a_connection_idle_in_its_headers_is_closed_after_the_idle_timeout() throws Exception {
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0,
                HttpLimits.ops().withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(5)), ECHO);

        try (Socket socket = RawHttp.connect(server.port(), "127.0.0.1")) {
            socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));

            // the read ends (end of stream, or an error answer then the end) instead of waiting for ever
            String answer = RawHttp.readAll(socket.getInputStream());
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(RawHttp.status(a)).isEqualTo(408));
        }
    }

    @Test
    void head_gets_the_headers_of_get_and_no_body() throws Exception {
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0, HttpLimits.ops(), ECHO);

        String response = RawHttp.exchange(server.port(), "HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(RawHttp.status(response)).isEqualTo(200);
        assertThat(response).containsIgnoringCase("Content-Length: " + "GET /healthz ".length());
        assertThat(response).endsWith("\r\n\r\n");
    }

    @Test
    void an_endpoint_that_throws_gives_a_bare_500_without_its_message_or_a_stack_trace() throws Exception {
        server = HardenedHttpServer.start("test-http", "127.0.0.1", 0, HttpLimits.ops(), call -> {
            throw new IllegalStateException("secret-detail-in-the-message");
        });

        HttpResponse<String> response = post("/x", "");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret-detail").doesNotContain("at dev.termbot");
    }
}
