package dev.termbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.termbot.http.HardenedHttpServer;
import dev.termbot.http.HttpAnswer;
import dev.termbot.http.HttpCall;
import dev.termbot.http.HttpLimits;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Events API endpoint for HTTP mode: {@code POST /slack/events} on a {@link HardenedHttpServer}
 * (slow and idle clients cost a connection, never a worker; sizes, timeouts and connections are
 * bounded by {@link HttpLimits#slackEvents()}).
 *
 * <p>Every request is checked by {@link RequestSignature} over the raw body bytes before anything
 * else; a failure is answered with 401. A signed body is then sorted by {@link PayloadKind}:
 * {@code app_rate_limited} and unknown types are acknowledged with 200 and a WARN that names the type
 * only; a body of no shape Slack sends (broken JSON, no type, a form without a command or payload) is
 * answered 400, and so is one Bolt cannot parse. Only then is the body decoded (as
 * UTF-8, what Slack sends) and handed to Bolt, whose own verification is off: this is the one check
 * (events, slash commands and interactions all arrive here). No request body ever reaches a log line.
 *
 * <p>Thread-safe.
 */
final class HttpEventEndpoint implements AutoCloseable {
    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(HttpEventEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature;
    private final Clock clock;
    private final String host;
    private final int requestedPort;
    private volatile HardenedHttpServer server;

    HttpEventEndpoint(App app, RequestSignature signature, Clock clock, String host, int port) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
        this.clock = clock;
        this.host = host;
        this.requestedPort = port;
    }

    void start() throws IOException {
        server = HardenedHttpServer.start("termbot-slack-http", host, requestedPort, HttpLimits.slackEvents(), this::answer);
        log.info("Slack events endpoint listening on port {} at {}", port(), PATH);
    }

    int port() {
        return server.port();
    }

    /** Stops accepting requests; requests in progress get a short, bounded moment to finish. */
    @Override
    public void close() {
        HardenedHttpServer running = server;
        if (running != null) {
            running.close();
        }
    }

    HttpAnswer answer(HttpCall call) {
        if (!PATH.equals(call.path())) {
            return HttpAnswer.text(404, "not found");
        }
        if (!"POST".equals(call.method())) {
            return HttpAnswer.text(405, "method not allowed").withHeader("Allow", "POST");
        }
        RequestSignature.Verdict verdict = signature.check(call.header(RequestSignature.TIMESTAMP_HEADER),
                call.header(RequestSignature.SIGNATURE_HEADER), call.body(), clock.instant());
        if (verdict != RequestSignature.Verdict.VALID) {
            // the reason only: header values and bodies are not logged
            log.info("Refused a Slack request: {}", verdict);
            return HttpAnswer.of(401, HttpAnswer.JSON, "{\"error\":\"invalid request\"}");
        }
        PayloadKind payload = isJson(call) ? PayloadKind.ofJson(call.body()) : PayloadKind.ofForm(call.body());
        return switch (payload.kind()) {
            case FOR_BOLT -> forwardToBolt(call);
            case APP_RATE_LIMITED -> {
                log.warn("Slack is dropping this app's events for a minute (app_rate_limited): events of that"
                        + " minute will not arrive");
                yield HttpAnswer.text(200, "");
            }
            case UNKNOWN -> {
                log.warn("Acknowledged a Slack payload of a type termbot does not handle: '{}'", payload.type());
                yield HttpAnswer.text(200, "");
            }
            case MALFORMED -> malformed();
        };
    }

    private HttpAnswer forwardToBolt(HttpCall call) {
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(call.path())
                    .queryString(query(call.rawQuery()))
                    .headers(new RequestHeaders(call.headers()))
                    .requestBody(new String(call.body(), StandardCharsets.UTF_8))
                    .remoteAddress(call.remoteAddress())
                    .build());
        } catch (RuntimeException e) {
            return malformed();
        }
        if (request == null) {
            return malformed();
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            // the class only: an exception's message can quote the payload
            log.warn("Bolt could not handle a Slack request: {}", e.getClass().getName());
            return HttpAnswer.of(500, HttpAnswer.JSON, "{\"error\":\"internal\"}");
        }
        return answerOf(response);
    }

    private static HttpAnswer malformed() {
        log.info("Refused a signed Slack request whose body has no known shape");
        return HttpAnswer.of(400, HttpAnswer.JSON, "{\"error\":\"malformed payload\"}");
    }

    private static HttpAnswer answerOf(Response response) {
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        HttpAnswer answer = HttpAnswer.of(status, response.getContentType(), response.getBody());
        if (response.getHeaders() != null) {
            for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
                for (String value : header.getValue()) {
                    answer = answer.withHeader(header.getKey(), value);
                }
            }
        }
        return answer;
    }

    private static boolean isJson(HttpCall call) {
        String type = call.header("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }
}
