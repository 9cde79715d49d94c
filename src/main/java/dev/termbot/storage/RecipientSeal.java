package dev.termbot.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the one raw user id the database must be able to give back: the author of an owed note,
 * whom an ephemeral note is addressed to after a restart. Why not the hash: a hash cannot be
 * addressed. Why not plain: the database never holds a raw user id, not even in freed pages. The
 * AES-GCM key is derived from the install's hash key, so the same secret protects both, and a
 * database copied without its key reveals nothing.
 *
 * <p>Thread-safe: each thread keeps its own {@link Cipher}, because {@code Cipher.getInstance}
 * searches the security providers on every call, which cost more than the encryption itself on the
 * path that decides a note (a profile of a Discord burst showed it as the decision's largest cost).
 * A cipher is initialised afresh with a new IV for every seal, so reusing it never reuses an IV.
 */
final class RecipientSeal {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> cipher = ThreadLocal.withInitial(RecipientSeal::newCipher);

    RecipientSeal(UserHasher hasher) {
        this.key = new SecretKeySpec(HexFormat.of().parseHex(hasher.hash("termbot recipient seal v1")), "AES");
    }

    String seal(String userId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = this.cipher.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(userId.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The id, or "" when the value was sealed under another key (a replaced hash key). */
    String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = this.cipher.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "";
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
