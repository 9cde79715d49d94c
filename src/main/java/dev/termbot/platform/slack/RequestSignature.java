package dev.termbot.platform.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature: {@code v0=hex(HMAC-SHA256(secret, "v0:" + ts + ":" + body))}.
 *
 * <p>It works on the raw request bytes, so the result never depends on the JVM's default charset
 * (Bolt 1.51.0 hashes {@code String.getBytes()}, which breaks non-ASCII bodies under the C locale).
 * The timestamp window is two-sided: requests older <em>or newer</em> than five minutes are
 * refused, which also closes Bolt's gap of accepting future-dated timestamps. The comparison is
 * constant-time.
 *
 * <p>Immutable and thread-safe.
 */
final class RequestSignature {
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    /** Why a request was accepted or refused; the reasons are logged, never the header values. */
    enum Verdict {
        VALID, MISSING_HEADERS, BAD_TIMESTAMP, OUTSIDE_WINDOW, BAD_SIGNATURE
    }

    private final byte[] secret;

    RequestSignature(String signingSecret) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("a signing secret is required");
        }
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    Verdict check(String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null) {
            return Verdict.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        // two comparisons, not abs(now - seconds): that difference overflows for a timestamp such as
        // now - 2^63, and abs(Long.MIN_VALUE) is negative, which would pass the window
        long nowSeconds = now.getEpochSecond();
        if (seconds < nowSeconds - WINDOW.toSeconds() || seconds > nowSeconds + WINDOW.toSeconds()) {
            return Verdict.OUTSIDE_WINDOW;
        }
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    /** The signature Slack would send for this timestamp and these exact body bytes. */
    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every JDK; reaching this means a broken runtime
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
