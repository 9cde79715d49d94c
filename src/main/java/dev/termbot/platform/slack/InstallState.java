package dev.termbot.platform.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The OAuth {@code state}: proof that an {@code oauth_redirect} follows an install this app began,
 * recently. It is signed rather than stored, so any process sharing {@link MasterKey} accepts the
 * state another one issued and nothing is kept per visitor: {@code base64url(nonce + expiry)} "."
 * {@code base64url(HMAC-SHA256)}. The signature is compared in constant time, and the expiry is read
 * from the injected clock.
 *
 * <p>Thread-safe.
 */
final class InstallState {
    /** Long enough to read Slack's consent page, short enough that a leaked URL soon stops working. */
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int NONCE_BYTES = 16;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InstallState(MasterKey secret, Clock clock) {
        this.key = secret.derive("termbot slack oauth state v1", "HmacSHA256");
        this.clock = clock;
    }

    enum Verdict { VALID, MALFORMED, FORGED, EXPIRED }

    String issue() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String body = ENCODE.encodeToString(ByteBuffer.allocate(NONCE_BYTES + Long.BYTES).put(nonce).putLong(expires).array());
        return body + "." + ENCODE.encodeToString(sign(body));
    }

    Verdict check(String state) {
        if (state == null || state.length() > 200) {
            return Verdict.MALFORMED;
        }
        int dot = state.indexOf('.');
        if (dot < 0) {
            return Verdict.MALFORMED;
        }
        String body = state.substring(0, dot);
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(body);
            signature = Base64.getUrlDecoder().decode(state.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Verdict.MALFORMED;
        }
        // signature first: nothing of a state is believed before it is known to be ours
        if (!MessageDigest.isEqual(sign(body), signature)) {
            return Verdict.FORGED;
        }
        if (payload.length != NONCE_BYTES + Long.BYTES) {
            return Verdict.MALFORMED;
        }
        Instant expires = Instant.ofEpochSecond(ByteBuffer.wrap(payload, NONCE_BYTES, Long.BYTES).getLong());
        return clock.instant().isAfter(expires) ? Verdict.EXPIRED : Verdict.VALID;
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
