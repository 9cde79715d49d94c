package dev.termbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Events API endpoint for HTTP mode: {@code POST /slack/events} on the JDK's HTTP server.
 *
 * <p>Every request is checked by {@link RequestSignature} over the raw body bytes before Bolt sees
 * it; a failure is answered with 401 and never reaches a handler. Only then is the body decoded
 * (as UTF-8, what Slack sends) and handed to Bolt, whose own verification runs again.
 *
 * <p>Thread-safe; requests are served by a small bounded pool (Bolt handlers only acknowledge).
 */
final class HttpEventEndpoint implements AutoCloseable {
    static final String PATH = "/slack/events";
    /** Slack payloads are a few kilobytes; anything far larger is not from Slack. */
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(HttpEventEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature;
    private final Clock clock;
    private final HttpServer server;
    private final ThreadPoolExecutor pool;

    HttpEventEndpoint(App app, RequestSignature signature, Clock clock, String host, int port) throws IOException {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.pool = new ThreadPoolExecutor(2, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256),
                Threads.named("termbot-slack-http"), new ThreadPoolExecutor.AbortPolicy());
        server.setExecutor(pool);
        server.createContext(PATH, this::handle);
    }

    void start() {
        server.start();
        log.info("Slack events endpoint listening on port {} at {}", port(), PATH);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests, lets running exchanges finish briefly, then stops the pool. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, "text/plain; charset=utf-8", "payload too large");
                return;
            }
            RequestSignature.Verdict verdict = signature.check(
                    exchange.getRequestHeaders().getFirst(RequestSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(RequestSignature.SIGNATURE_HEADER),
                    body, clock.instant());
            if (verdict != RequestSignature.Verdict.VALID) {
                // the reason only: header values and bodies are not logged
                log.info("Refused a Slack request: {}", verdict);
                send(exchange, 401, "application/json; charset=utf-8", "{\"error\":\"invalid request\"}");
                return;
            }
            forwardToBolt(exchange, body);
        } catch (RuntimeException e) {
            log.warn("Slack request failed: {}", e.getClass().getSimpleName(), e);
        }
    }

    private void forwardToBolt(HttpExchange exchange, byte[] body) throws IOException {
        SlackRequestParser.HttpRequest httpRequest = SlackRequestParser.HttpRequest.builder()
                .requestUri(exchange.getRequestURI().getPath())
                .queryString(query(exchange.getRequestURI().getRawQuery()))
                .headers(new RequestHeaders(exchange.getRequestHeaders()))
                .requestBody(new String(body, StandardCharsets.UTF_8))
                .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                .build();
        Response response;
        try {
            Request<?> request = parser.parse(httpRequest);
            response = app.run(request);
        } catch (Exception e) {
            log.warn("Bolt could not handle a Slack request: {}", e.getClass().getSimpleName(), e);
            send(exchange, 500, "application/json; charset=utf-8", "{\"error\":\"internal\"}");
            return;
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
        }
        send(exchange, response.getStatusCode() == null ? 200 : response.getStatusCode(), response.getContentType(),
                response.getBody());
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (body == null || body.isEmpty()) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
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
