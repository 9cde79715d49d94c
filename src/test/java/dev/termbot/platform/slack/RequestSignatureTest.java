package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termbot.platform.slack.RequestSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.ofEpochSecond(1_714_824_000L);
    private static final byte[] BODY = "{\"text\":\"Caf\u00e9 \u2014 ok\"}".getBytes(StandardCharsets.UTF_8);
    private final RequestSignature signature = new RequestSignature(SECRET);

    @Test
    void slacks_documented_example_verifies() {
        // the worked example from Slack's "Verifying requests from Slack" page
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        String expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

        assertThat(signature.check("1531420618", expected, body.getBytes(StandardCharsets.UTF_8),
                Instant.ofEpochSecond(1_531_420_618L))).isEqualTo(Verdict.VALID);
    }

    @Test
    void a_request_signed_over_its_utf8_bytes_is_valid() {
        String ts = String.valueOf(NOW.getEpochSecond());
        assertThat(signature.check(ts, SignedPoster.sign(SECRET, ts, BODY), BODY, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void missing_headers_bad_timestamps_and_wrong_signatures_are_refused() {
        String ts = String.valueOf(NOW.getEpochSecond());
        String good = SignedPoster.sign(SECRET, ts, BODY);

        assertThat(signature.check(null, good, BODY, NOW)).isEqualTo(Verdict.MISSING_HEADERS);
        assertThat(signature.check(ts, null, BODY, NOW)).isEqualTo(Verdict.MISSING_HEADERS);
        assertThat(signature.check("soon", good, BODY, NOW)).isEqualTo(Verdict.BAD_TIMESTAMP);
        assertThat(signature.check(ts, SignedPoster.sign("other", ts, BODY), BODY, NOW)).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(signature.check(ts, good, "{\"text\":\"changed\"}".getBytes(StandardCharsets.UTF_8), NOW))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(signature.check(ts, good.toUpperCase(), BODY, NOW)).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void the_time_window_is_five_minutes_on_both_sides() {
        for (long offset : new long[] {-300, 300}) {
            String ts = String.valueOf(NOW.getEpochSecond() + offset);
            assertThat(signature.check(ts, SignedPoster.sign(SECRET, ts, BODY), BODY, NOW)).as("offset %d", offset)
                    .isEqualTo(Verdict.VALID);
        }
        for (long offset : new long[] {-301, 301, -86_400, 86_400}) {
            String ts = String.valueOf(NOW.getEpochSecond() + offset);
            assertThat(signature.check(ts, SignedPoster.sign(SECRET, ts, BODY), BODY, NOW)).as("offset %d", offset)
                    .isEqualTo(Verdict.OUTSIDE_WINDOW);
        }
    }

    @Test
    void timestamps_whose_distance_from_now_overflows_a_long_are_outside_the_window() {
        long now = NOW.getEpochSecond();
        for (long far : new long[] {now - Long.MIN_VALUE, now + Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE}) {
            String ts = String.valueOf(far);
            assertThat(signature.check(ts, SignedPoster.sign(SECRET, ts, BODY), BODY, NOW)).as("timestamp %d", far)
                    .isEqualTo(Verdict.OUTSIDE_WINDOW);
        }
    }

    @Test
    void a_blank_secret_is_refused() {
        assertThatThrownBy(() -> new RequestSignature(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestSignature(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
