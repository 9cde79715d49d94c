package dev.termbot.platform.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a workspace's bot token for the database and opens it again: AES-256-GCM with a key
 * derived from {@link MasterKey}, a fresh random 96-bit IV per seal, and the workspace id as
 * associated data. So a row copied onto another workspace, an altered byte, or a different key is
 * refused instead of yielding a wrong token.
 *
 * <p>Sealed form: {@code v1.} + base64url(IV + ciphertext + 128-bit tag). Thread-safe.
 */
final class TokenCipher {
    private static final String VERSION = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(MasterKey secret) {
        this.key = secret.derive("termbot slack token encryption v1", "AES");
    }

    /** Thrown when a sealed token cannot be opened: altered, for another workspace, or under another key. */
    static final class SealBroken extends RuntimeException {
        SealBroken(String message) {
            super(message);
        }
    }

    String seal(String workspace, String token) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, workspace);
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** @throws SealBroken when the seal does not hold; the message never quotes the token */
    String open(String workspace, String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new SealBroken("not a sealed token of this version");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new SealBroken("the sealed token is not base64");
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new SealBroken("the sealed token is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), workspace);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealBroken("the sealed token was altered, belongs to another workspace, or was sealed with another "
                    + MasterKey.VARIABLE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String workspace) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("slack/" + workspace).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
