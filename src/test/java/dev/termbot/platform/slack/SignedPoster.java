package dev.termbot.platform.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays Slack's part in HTTP mode: posts events, commands and interactions to the adapter's
 * {@code /slack/events}, signed the way Slack signs them. The signature is computed here, over
 * the UTF-8 bytes actually sent, independently of the adapter's own code.
 */
final class SignedPoster {
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String secret;

    SignedPoster(int port, String secret) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.secret = secret;
    }

    HttpResponse<String> json(String body) {
        return signed(body, JSON, Map.of());
    }

    HttpResponse<String> form(String body) {
        return signed(body, FORM, Map.of());
    }

    /** Signed now with the right secret; extra headers such as X-Slack-Retry-Num. */
    HttpResponse<String> signed(String body, String contentType, Map<String, String> extra) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, contentType, ts, sign(secret, ts, bytes), extra);
    }

    /** Posts exactly these bytes with these signature headers (either may be null to leave it out). */
    HttpResponse<String> post(byte[] body, String contentType, String timestamp, String signature,
                              Map<String, String> extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        extra.forEach(request::header);
        return send(client, request.build());
    }

    /** Sends and reads the answer as UTF-8 text; failures become unchecked, for one-line test steps. */
    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] prefix = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
            byte[] base = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, base, 0, prefix.length);
            System.arraycopy(body, 0, base, prefix.length, body.length);
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(base));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
