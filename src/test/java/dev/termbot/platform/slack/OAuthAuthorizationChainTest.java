package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In OAuth mode Bolt's chain authorizes with termbot's installations, before the self-event filter
 * and the late middleware, and Bolt neither verifies again nor brings its own authorization (nor
 * warns that there is none).
 */
class OAuthAuthorizationChainTest {
    @Test
    void the_installations_authorize_where_bolt_would_and_nothing_of_bolts_own_oauth_is_in_the_chain() throws Exception {
        try (LogCapture logs = new LogCapture(); FakeSlackApi api = new FakeSlackApi(); Slack slack = Slack.getInstance(
                SlackPlatform.slackConfig(SlackSettings.defaults().withApiUrl(api.apiUrl())))) {
            AppConfig config = SlackPlatform.appConfig(slack, new SlackCredentials("", SlackHarness.SIGNING_SECRET, ""));
            DeferredMiddlewareApp app = new DeferredMiddlewareApp(config);
            Middleware authorization = (request, response, chain) -> chain.next(request);
            Middleware late = (request, response, chain) -> chain.next(request);
            app.authorizeWith(authorization);
            app.useAfterDefaults(late);

            List<Middleware> chain = app.buildDefaultMiddlewareList(config);

            assertThat(config.isDistributedApp()).as("Bolt's own OAuth").isFalse();
            assertThat(config.getSingleTeamBotToken()).isNull();
            assertThat(chain).noneMatch(RequestVerification.class::isInstance)
                    .noneMatch(MultiTeamsAuthorization.class::isInstance).noneMatch(SingleTeamAuthorization.class::isInstance);
            assertThat(chain.indexOf(authorization)).isLessThan(indexOf(chain, IgnoringSelfEvents.class));
            assertThat(chain).last().isSameAs(late);
            assertThat(logs.lines()).noneMatch(line -> line.contains("Skipped adding any authorization middleware"));
            assertThat(api.calls("auth.test")).as("no single token to check").isEmpty();
        }
    }

    private static int indexOf(List<Middleware> chain, Class<?> type) {
        for (int i = 0; i < chain.size(); i++) {
            if (type.isInstance(chain.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the chain");
    }
}
