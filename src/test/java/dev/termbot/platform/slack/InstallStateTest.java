package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The OAuth state: signed, expiring on the injected clock, and refused when forged or from another key. */
class InstallStateTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T08:00:00Z"));
    private final InstallState states = new InstallState(TokenCipherTest.key(1), clock);

    @Test
    void a_fresh_state_is_valid_until_its_lifetime_ends_and_expired_after() {
        String state = states.issue();

        assertThat(states.check(state)).isEqualTo(InstallState.Verdict.VALID);
        clock.advance(InstallState.LIFETIME);
        assertThat(states.check(state)).as("at the last second").isEqualTo(InstallState.Verdict.VALID);
        clock.advance(Duration.ofSeconds(1));
        assertThat(states.check(state)).isEqualTo(InstallState.Verdict.EXPIRED);
    }

    @Test
    void states_are_unique_and_another_process_with_the_same_key_accepts_them() {
        String state = states.issue();

        assertThat(states.issue()).isNotEqualTo(state);
        assertThat(new InstallState(TokenCipherTest.key(1), clock).check(state)).isEqualTo(InstallState.Verdict.VALID);
    }

    @Test
    void a_changed_signature_a_changed_expiry_or_another_key_is_forged() {
        String state = states.issue();
        int dot = state.indexOf('.');
        String body = state.substring(0, dot);
        String signature = state.substring(dot + 1);
        // the expiry is the body's last bytes: give it more time, keeping the signature
        char last = body.charAt(body.length() - 1);
        String longer = body.substring(0, body.length() - 1) + (last == 'A' ? 'B' : 'A') + "." + signature;
        String otherSignature = body + "." + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        assertThat(states.check(longer)).isEqualTo(InstallState.Verdict.FORGED);
        assertThat(states.check(otherSignature)).isEqualTo(InstallState.Verdict.FORGED);
        assertThat(new InstallState(TokenCipherTest.key(2), clock).check(state)).isEqualTo(InstallState.Verdict.FORGED);
    }

    @Test
    void anything_that_is_not_a_state_is_malformed() {
        assertThat(states.check(null)).isEqualTo(InstallState.Verdict.MALFORMED);
        assertThat(states.check("")).isEqualTo(InstallState.Verdict.MALFORMED);
        assertThat(states.check("no-dot")).isEqualTo(InstallState.Verdict.MALFORMED);
        assertThat(states.check("*.*")).isEqualTo(InstallState.Verdict.MALFORMED);
        assertThat(states.check("a".repeat(300) + ".b")).isEqualTo(InstallState.Verdict.MALFORMED);
    }
}
