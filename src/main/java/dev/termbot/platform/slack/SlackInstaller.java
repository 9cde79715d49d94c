package dev.termbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import dev.termbot.http.HttpAnswer;
import dev.termbot.http.HttpCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two public pages of Slack's OAuth install, served beside {@code /slack/events}:
 * {@code GET /slack/install} sends the visitor to Slack's consent page with a fresh signed
 * {@link InstallState} (also set as a cookie, so the redirect must come back to the browser that
 * began the install), and {@code GET /slack/oauth_redirect} checks that state, exchanges the code
 * through {@code oauth.v2.access} and stores the workspace's bot token sealed
 * ({@link InstalledTeams}). The pages answer in plain text and never echo what the request carried.
 * Neither the code, the state, nor any token reaches a log line.
 *
 * <p>Thread-safe.
 */
final class SlackInstaller {
    static final String INSTALL_PATH = "/slack/install";
    static final String REDIRECT_PATH = "/slack/oauth_redirect";
    static final String AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize";
    /** The bot scopes of config/slack-app-manifest.yaml, which says why each is needed. */
    static final List<String> SCOPES = List.of("channels:history", "groups:history", "channels:read", "groups:read",
            "chat:write", "commands", "users:read", "usergroups:read");
    static final String STATE_COOKIE = "termbot_slack_state";
    private static final String NOT_VALID = "This install link is expired or not valid. Start again at " + INSTALL_PATH + ".";
    private static final Logger log = LoggerFactory.getLogger(SlackInstaller.class);

    private final OAuthCredentials client;
    private final InstallState states;
    private final MethodsClient api;
    private final InstalledTeams teams;

    /** @param api a client without a token, for {@code oauth.v2.access} on the configured API URL */
    SlackInstaller(OAuthCredentials client, InstallState states, MethodsClient api, InstalledTeams teams) {
        this.client = client;
        this.states = states;
        this.api = api;
        this.teams = teams;
    }

    /** Whether the path is one of these pages; the caller answers anything else. */
    static boolean serves(String path) {
        return INSTALL_PATH.equals(path) || REDIRECT_PATH.equals(path);
    }

    HttpAnswer answer(HttpCall call) {
        if (!"GET".equals(call.method())) {
            return HttpAnswer.text(405, "method not allowed").withHeader("Allow", "GET");
        }
        return INSTALL_PATH.equals(call.path()) ? install() : redirect(call);
    }

    private HttpAnswer install() {
        String state = states.issue();
        StringBuilder url = new StringBuilder(AUTHORIZE_URL)
                .append("?client_id=").append(encode(client.clientId()))
                .append("&scope=").append(encode(String.join(",", SCOPES)))
                .append("&state=").append(encode(state));
        if (!client.redirectUri().isEmpty()) {
            url.append("&redirect_uri=").append(encode(client.redirectUri()));
        }
        return HttpAnswer.text(302, "Continue at Slack to install termbot.")
                .withHeader("Location", url.toString())
                .withHeader("Set-Cookie", cookie(state, InstallState.LIFETIME.toSeconds()))
                .withHeader("Cache-Control", "no-store");
    }

    private HttpAnswer redirect(HttpCall call) {
        Map<String, List<String>> query = HttpEventEndpoint.query(call.rawQuery());
        if (first(query, "error") != null) {
            // the visitor pressed Cancel on Slack's page: nothing to check, nothing to store
            return page(200, "The installation was cancelled; nothing was stored.");
        }
        String state = first(query, "state");
        InstallState.Verdict verdict = states.check(state);
        if (verdict != InstallState.Verdict.VALID) {
            log.info("Refused a Slack OAuth redirect: state {}", verdict);
            return page(400, NOT_VALID);
        }
        if (!sameAsCookie(state, call.header("Cookie"))) {
            // a valid state carried to another browser: someone else's link, or a link sent to trick an admin
            log.info("Refused a Slack OAuth redirect: its state was issued to another browser");
            return page(400, NOT_VALID);
        }
        String code = first(query, "code");
        if (code == null || code.isBlank() || code.length() > 512) {
            log.info("Refused a Slack OAuth redirect without a code");
            return page(400, "Slack sent no authorization code. Start again at " + INSTALL_PATH + ".");
        }
        return exchange(code);
    }

    private HttpAnswer exchange(String code) {
        OAuthV2AccessResponse access;
        try {
            access = api.oauthV2Access(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret()).code(code)
                    .redirectUri(client.redirectUri().isEmpty() ? null : client.redirectUri()));
        } catch (Exception e) {
            log.warn("Slack OAuth: oauth.v2.access failed ({})", e.getClass().getSimpleName());
            return page(502, "Slack could not be reached to finish the installation. Try again in a minute.");
        }
        if (!access.isOk()) {
            log.warn("Slack OAuth: oauth.v2.access refused the code ({})", safeWord(access.getError()));
            return page(400, "Slack refused the installation. Start again at " + INSTALL_PATH + ".");
        }
        if (access.isEnterpriseInstall() || access.getTeam() == null || access.getTeam().getId() == null
                || access.getAccessToken() == null || !"bot".equals(access.getTokenType())) {
            log.warn("Slack OAuth: refused an installation that is not one workspace's bot (organisation-wide installs are not supported)");
            return page(400, "termbot installs into one workspace at a time; organisation-wide installs are not supported.");
        }
        teams.save(access.getTeam().getId(), access.getAccessToken(), access.getBotUserId());
        return page(200, "termbot is installed in your workspace. Invite it to a channel with /invite @termbot.");
    }

    private static boolean sameAsCookie(String state, String cookieHeader) {
        if (cookieHeader == null) {
            return false;
        }
        for (String pair : cookieHeader.split(";")) {
            String cookie = pair.strip();
            if (cookie.startsWith(STATE_COOKIE + "=")) {
                byte[] sent = cookie.substring(STATE_COOKIE.length() + 1).getBytes(StandardCharsets.US_ASCII);
                return MessageDigest.isEqual(sent, state.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return false;
    }

    /** The state's cookie: only for the redirect page, never readable by scripts, sent back after Slack's redirect (Lax). */
    private static String cookie(String value, long maxAgeSeconds) {
        return STATE_COOKIE + "=" + value + "; Path=" + REDIRECT_PATH + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; Secure; SameSite=Lax";
    }

    private static HttpAnswer page(int status, String text) {
        // the state is used up either way: a finished or refused redirect clears its cookie
        return HttpAnswer.text(status, text + "\n").withHeader("Set-Cookie", cookie("", 0)).withHeader("Cache-Control", "no-store");
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Slack's error codes are words such as invalid_code; anything else is not logged. */
    private static String safeWord(String error) {
        return error != null && error.matches("[a-z_]{1,64}") ? error : "unknown error";
    }
}
