package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slack requests are verified once, at the HTTP edge ({@link RequestSignature}): the Bolt app the
 * platform builds has no verification middleware of its own, and the middleware added after Bolt's
 * defaults is still in the chain. {@code SlackHttpModeIT} shows the edge refusing forged, stale,
 * future and tampered requests.
 */
class OneSignatureCheckTest {
    @Test
    void bolts_own_request_verification_is_not_in_the_chain() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); Slack slack = Slack.getInstance(
                SlackPlatform.slackConfig(SlackSettings.defaults().withApiUrl(api.apiUrl())))) {
            AppConfig config = SlackPlatform.appConfig(slack,
                    new SlackCredentials(SlackHarness.BOT_TOKEN, SlackHarness.SIGNING_SECRET, ""));
            DeferredMiddlewareApp app = new DeferredMiddlewareApp(config);
            Middleware late = (request, response, chain) -> chain.next(request);
            app.useAfterDefaults(late);

            List<Middleware> chain = app.buildDefaultMiddlewareList(config);

            assertThat(config.isRequestVerificationEnabled()).isFalse();
            assertThat(chain).noneMatch(RequestVerification.class::isInstance);
            assertThat(chain).last().isSameAs(late);
        }
    }
}
