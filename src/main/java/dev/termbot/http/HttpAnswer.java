package dev.termbot.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an endpoint answers.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type, or null for none
 * @param body        the body bytes (may be empty)
 * @param headers     further headers
 */
public record HttpAnswer(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
    public static final String PLAIN_TEXT = "text/plain; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";

    public HttpAnswer {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A UTF-8 text answer. */
    public static HttpAnswer text(int status, String text) {
        return of(status, PLAIN_TEXT, text);
    }

    /** A UTF-8 answer of the given type. */
    public static HttpAnswer of(int status, String contentType, String body) {
        return new HttpAnswer(status, contentType, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    /** This answer with one more header. */
    public HttpAnswer withHeader(String name, String value) {
        Map<String, List<String>> more = new java.util.LinkedHashMap<>(headers);
        more.merge(name, List.of(value), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        return new HttpAnswer(status, contentType, body, more);
    }
}
