package dev.termbot.platform.slack;

import com.slack.api.app_backend.SlackSignature;
import dev.termbot.testing.Await;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Run by {@link SlackCLocaleIT} in a child JVM whose default charset is US-ASCII (the C locale of
 * servers and CI). Prints {@code probe:} lines: the charset, whether Bolt's stock verifier accepts a
 * correctly signed non-ASCII body there, and what the adapter answered.
 */
final class CLocaleProbe {
    private CLocaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("probe: charset=" + Charset.defaultCharset().name());
        String body = Payloads.message("Ev0CLOCALE1", "C0CLOCALE", "U0ZOE", "1714828000.000100",
                "Caf\u00e9 \u2014 a distillation attack? \u00e9").toString();
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String signature = SignedPoster.sign(SlackHarness.SIGNING_SECRET, ts, body.getBytes(StandardCharsets.UTF_8));
        boolean stockBolt = new SlackSignature.Verifier(new SlackSignature.Generator(SlackHarness.SIGNING_SECRET))
                .isValid(ts, body, signature);
        System.out.println("probe: stockBoltAccepts=" + stockBolt);
        try (SlackHarness slack = SlackHarness.http(SlackHarness.settings())) {
            int status = slack.poster().json(body).statusCode();
            System.out.println("probe: status=" + status);
            if (status == 200) {
                Await.until("note posted", () -> slack.api.delivered("chat.postMessage").size() == 1);
                System.out.println("probe: notes=" + slack.api.delivered("chat.postMessage").size());
            }
        }
        System.exit(0);
    }
}
