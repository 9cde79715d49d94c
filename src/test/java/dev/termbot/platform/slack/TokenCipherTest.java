package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sealing bot tokens for the database: AES-GCM, a fresh IV per seal, bound to the workspace, refused when touched. */
class TokenCipherTest {
    private static final String TOKEN = "xox" + "b-1234-fake-token-for-the-cipher-test";
    private static final TokenCipher CIPHER = new TokenCipher(key(1));

    static MasterKey key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return MasterKey.fromEnvironment(Map.of(MasterKey.VARIABLE, Base64.getEncoder().encodeToString(bytes)));
    }

    @Test
    void a_sealed_token_opens_to_the_same_token_for_its_workspace() {
        String sealed = CIPHER.seal("T1", TOKEN);

        assertThat(sealed).startsWith("v1.").doesNotContain(TOKEN).doesNotContain("xox");
        assertThat(CIPHER.open("T1", sealed)).isEqualTo(TOKEN);
        assertThat(new TokenCipher(key(1)).open("T1", sealed)).as("another process with the same key").isEqualTo(TOKEN);
    }

    @Test
    void every_seal_uses_a_fresh_iv_so_equal_tokens_never_look_equal() {
        assertThat(CIPHER.seal("T1", TOKEN)).isNotEqualTo(CIPHER.seal("T1", TOKEN));
    }

    @Test
    void any_altered_byte_is_detected() {
        byte[] sealed = Base64.getUrlDecoder().decode(CIPHER.seal("T1", TOKEN).substring(3));
        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            String tampered = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThatThrownBy(() -> CIPHER.open("T1", tampered)).as("byte %d", i).isInstanceOf(TokenCipher.SealBroken.class);
        }
    }

    @Test
    void a_seal_moved_to_another_workspace_or_opened_with_another_key_is_refused_without_quoting_anything() {
        String sealed = CIPHER.seal("T1", TOKEN);

        assertThatThrownBy(() -> CIPHER.open("T2", sealed)).isInstanceOf(TokenCipher.SealBroken.class)
                .hasMessageContaining("another workspace").hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> new TokenCipher(key(2)).open("T1", sealed)).isInstanceOf(TokenCipher.SealBroken.class)
                .hasMessageContaining(MasterKey.VARIABLE);
        assertThatThrownBy(() -> CIPHER.open("T1", "v1.AAAA")).isInstanceOf(TokenCipher.SealBroken.class);
        assertThatThrownBy(() -> CIPHER.open("T1", "v1.*not base64*")).isInstanceOf(TokenCipher.SealBroken.class);
        assertThatThrownBy(() -> CIPHER.open("T1", TOKEN)).isInstanceOf(TokenCipher.SealBroken.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void the_key_must_be_32_bytes_of_base64_and_a_wrong_one_is_named_but_never_quoted() {
        String bad = "not-a-key-at-all";
        assertThat(MasterKey.problem(Map.of())).get().asString().contains(MasterKey.VARIABLE + " is not set").contains("openssl rand -base64 32");
        assertThat(MasterKey.problem(Map.of(MasterKey.VARIABLE, bad))).get().asString().contains("32 random bytes").doesNotContain(bad);
        assertThat(MasterKey.problem(Map.of(MasterKey.VARIABLE, Base64.getEncoder().encodeToString(new byte[16])))).isPresent();
        assertThat(MasterKey.problem(Map.of(MasterKey.VARIABLE, Base64.getEncoder().encodeToString(new byte[32])))).isEmpty();
        assertThat(MasterKey.problem(Map.of(MasterKey.VARIABLE, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[32])))).as("URL-safe, unpadded").isEmpty();
        assertThatThrownBy(() -> MasterKey.fromEnvironment(Map.of(MasterKey.VARIABLE, bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(bad);
        assertThat(key(1).toString()).doesNotContain("AQEB");
    }
}
