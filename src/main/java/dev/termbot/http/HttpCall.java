package dev.termbot.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request as an endpoint sees it: the whole body already read (within the limits).
 *
 * @param method        upper-case method; HEAD arrives as GET with {@link #head()} true
 * @param path          the decoded path, without the query
 * @param rawQuery      the query as sent, or ""
 * @param headers       header values by lower-case name
 * @param body          the body bytes (empty when there was none)
 * @param remoteAddress the client's IP address as text
 * @param head          whether the client asked with HEAD (the answer's body is then not sent)
 */
public record HttpCall(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                       String remoteAddress, boolean head) {

    public HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
