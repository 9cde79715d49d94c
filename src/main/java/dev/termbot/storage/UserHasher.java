package dev.termbot.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a raw platform user id into the only form that is ever stored: HMAC-SHA256 with the
 * per-install key, as 64 hex characters. The same id always gives the same hash on one install
 * (so opt-outs and data requests work) and an unrelated one on another install.
 *
 * <p>Thread-safe: each thread uses its own {@link Mac}.
 */
final class UserHasher {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String CHECK_INPUT = "termbot hash key check v1";

    private final ThreadLocal<Mac> mac;

    UserHasher(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key.clone(), ALGORITHM);
        newMac(spec); // fail now, not on the chat thread, if the JDK lacks the algorithm
        this.mac = ThreadLocal.withInitial(() -> newMac(spec));
    }

    /** The stored form of a user id; "" stays "" (events without a user). */
    String hash(String userId) {
        if (userId == null || userId.isEmpty()) {
            return "";
        }
        return HexFormat.of().formatHex(mac.get().doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    }

    /** A value that identifies the key without revealing it, stored in the database to notice a swapped key. */
    String keyCheck() {
        return hash(CHECK_INPUT).substring(0, 16);
    }

    private static Mac newMac(SecretKeySpec spec) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(spec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
