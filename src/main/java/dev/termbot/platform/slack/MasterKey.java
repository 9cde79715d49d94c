package dev.termbot.platform.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code TERMBOT_SECRET_KEY}: 32 random bytes written in base64 (standard or URL-safe, padding
 * optional), for example the output of {@code openssl rand -base64 32}. Every process serving the
 * same installations must have the same key. Two keys are derived from it, one per purpose, so the
 * token encryption and the OAuth {@code state} signature never share a key.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never prints the key.
 */
final class MasterKey {
    static final String VARIABLE = "TERMBOT_SECRET_KEY";
    private static final int LENGTH = 32;

    private final byte[] key;

    private MasterKey(byte[] key) {
        this.key = key;
    }

    /**
     * Reads the key from the environment.
     *
     * @throws IllegalArgumentException saying what is wrong (never quoting the value)
     */
    static MasterKey fromEnvironment(Map<String, String> env) {
        String text = env.getOrDefault(VARIABLE, "").strip();
        return new MasterKey(parse(text).orElseThrow(() -> new IllegalArgumentException(problem(text).orElseThrow())));
    }

    /** What is wrong with the variable's value, as one sentence; empty when it is a usable key. */
    static Optional<String> problem(Map<String, String> env) {
        return problem(env.getOrDefault(VARIABLE, "").strip());
    }

    private static Optional<String> problem(String text) {
        if (text.isEmpty()) {
            return Optional.of(VARIABLE + " is not set: Slack's OAuth mode stores each workspace's bot token encrypted"
                    + " with it. Create one with 'openssl rand -base64 32', keep it outside the database, and give every"
                    + " process the same key");
        }
        if (parse(text).isEmpty()) {
            return Optional.of(VARIABLE + " must be 32 random bytes in base64 (44 characters, as 'openssl rand -base64 32'"
                    + " prints), not a value of another shape");
        }
        return Optional.empty();
    }

    private static Optional<byte[]> parse(String text) {
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_")
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return bytes.length == LENGTH ? Optional.of(bytes) : Optional.empty();
    }

    /** The key for one purpose: HMAC-SHA256 of the purpose's name under the master key. */
    SecretKeySpec derive(String purpose, String algorithm) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[set]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}
