package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.core.Installation;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.Await;
import dev.termbot.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's multi-workspace mode end to end: real Bolt behind the hardened Jetty server, the install
 * pages driven the way a browser and Slack drive them, the fake Web API handing out one bot token
 * per workspace through {@code oauth.v2.access}, and the installations in a real SQLite file.
 */
// Fake tokens are split in the source ("xox" + "b-...") so that secret scanners never mistake them for real ones.
class SlackOAuthIT {
    static final String CLIENT_ID = "1111111111.2222222222";
    static final String CLIENT_SECRET = "fake0client0secret0for0tests0000";
    static final String SECRET_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String TEAM_A = "T0AAAAAAA";
    private static final String TEAM_B = "T0BBBBBBB";
    private static final String TOKEN_A = "xox" + "b-1111-fake-token-of-workspace-a";
    private static final String TOKEN_B = "xox" + "b-2222-fake-token-of-workspace-b";
    private static final String POST = "chat.postMessage";

    private final MutableClock clock = new MutableClock(Instant.now());

    @TempDir
    Path dir;

    private Storage storage;
    private SlackHarness slack;
    private OAuthBrowser browser;

    @BeforeEach
    void start() throws Exception {
        storage = Storage.open(dir.resolve("termbot.db"), Clock.systemUTC(), StorageOptions.fromEnvironment(Map.of()));
        OAuthMode oauth = new OAuthMode(new OAuthCredentials(CLIENT_ID, CLIENT_SECRET, ""),
                MasterKey.fromEnvironment(Map.of(MasterKey.VARIABLE, SECRET_KEY)), storage.installations());
        slack = SlackHarness.oauth(oauth, clock);
        browser = new OAuthBrowser(slack.platform.httpPort());
    }

    @AfterEach
    void stop() {
        try {
            slack.close();
            slack.assertCleanLogs();
            assertThat(slack.logs.lines()).as("log lines").noneMatch(line -> line.contains(TOKEN_A) || line.contains(TOKEN_B)
                    || line.contains(CLIENT_SECRET) || line.contains(SECRET_KEY));
        } finally {
            storage.close();
        }
    }

    @Test
    void two_workspaces_install_and_each_message_is_answered_with_its_own_token() throws Exception {
        // GIVEN two workspaces installed through the install page, Slack's consent and the redirect
        slack.api.grant("code-a", new FakeSlackApi.Grant(TEAM_A, TOKEN_A, "U0BOTA"));
        slack.api.grant("code-b", new FakeSlackApi.Grant(TEAM_B, TOKEN_B, "U0BOTB"));
        HttpResponse<String> installedA = install("code-a");
        HttpResponse<String> installedB = install("code-b");
        assertThat(installedA.statusCode()).as(installedA.body()).isEqualTo(200);
        assertThat(installedB.statusCode()).as(installedB.body()).isEqualTo(200);
        assertThat(installedA.body()).contains("installed");
        assertThat(slack.api.calls("oauth.v2.access")).hasSize(2)
                .allSatisfy(call -> assertThat(call.authorization()).startsWith("Basic "));

        // WHEN each workspace has a message that earns a note
        assertThat(slack.poster().json(WorkspacePayloads.message(TEAM_A, "Ev0A00001", "C0ACHAN", "1714824000.000100")).statusCode()).isEqualTo(200);
        assertThat(slack.poster().json(WorkspacePayloads.message(TEAM_B, "Ev0B00001", "C0BCHAN", "1714824000.000200")).statusCode()).isEqualTo(200);

        // THEN each note is posted with its own workspace's token, never the other's
        Await.until("two notes", () -> slack.api.delivered(POST).size() == 2);
        Map<String, String> tokenByChannel = new LinkedHashMap<>();
        slack.api.delivered(POST).forEach(call -> tokenByChannel.put(call.param("channel"), call.authorization()));
        assertThat(tokenByChannel).containsEntry("C0ACHAN", "Bearer " + TOKEN_A).containsEntry("C0BCHAN", "Bearer " + TOKEN_B);
    }

    @Test
    void suggestions_are_not_taken_when_many_workspaces_share_one_glossary() throws Exception {
        installBothWorkspaces();
        ObjectNode suggest = Payloads.command("slash_command_termbot.json", "suggest Grokking: A jump. https://arxiv.org/abs/2201.02177",
                "U0ALICE", "C0ACHAN", slack.api.responseUrl("suggest-a"));
        suggest.put("team_id", TEAM_A);

        assertThat(slack.poster().form(Payloads.form(suggest)).statusCode()).isEqualTo(200);

        Await.until("suggestion answered", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 1);
        assertThat(slack.api.calls(FakeSlackApi.RESPOND).get(0).body()).contains("Suggestions are not taken here")
                .contains("several Slack workspaces");
        assertThat(slack.api.calls(POST)).isEmpty();
    }

    @Test
    void a_moderator_command_asks_the_workspace_of_the_command_with_that_workspace_token() throws Exception {
        installBothWorkspaces();
        slack.api.admin("U0ADMINB");

        ObjectNode mute = Payloads.command("slash_command_termbot.json", "mute", "U0ADMINB", "C0BCHAN",
                slack.api.responseUrl("mute-b"));
        mute.put("team_id", TEAM_B);
        assertThat(slack.poster().form(Payloads.form(mute)).statusCode()).isEqualTo(200);

        Await.until("mute answered", () -> slack.api.calls(FakeSlackApi.RESPOND).size() == 1);
        assertThat(slack.api.calls("users.info")).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN_B));
        assertThat(slack.api.calls(FakeSlackApi.RESPOND).get(0).body()).doesNotContain("Moderators only");
    }

    @Test
    void tokens_are_stored_sealed_and_bound_to_their_workspace() throws Exception {
        slack.api.grant("code-a", new FakeSlackApi.Grant(TEAM_A, TOKEN_A, "U0BOTA"));
        install("code-a");

        Installation stored = storage.installations().find("slack", TEAM_A).orElseThrow();
        assertThat(stored.botUserId()).isEqualTo("U0BOTA");
        assertThat(stored.sealedToken()).startsWith("v1.").doesNotContain(TOKEN_A).doesNotContain("xox");
        TokenCipher cipher = new TokenCipher(MasterKey.fromEnvironment(Map.of(MasterKey.VARIABLE, SECRET_KEY)));
        assertThat(cipher.open(TEAM_A, stored.sealedToken())).isEqualTo(TOKEN_A);
        // no file of the database holds the token in clear
        storage.close();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("termbot.db")).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(TOKEN_A);
            }
        }
        storage = Storage.open(dir.resolve("termbot.db"), Clock.systemUTC(), StorageOptions.fromEnvironment(Map.of()));
    }

    @Test
    void a_forged_expired_foreign_or_missing_state_is_refused_before_any_code_is_exchanged() throws Exception {
        slack.api.grant("code-a", new FakeSlackApi.Grant(TEAM_A, TOKEN_A, "U0BOTA"));
        OAuthBrowser.Started started = startInstall();
        String state = started.state();
        String forged = state.substring(0, state.length() - 2) + (state.endsWith("AA") ? "BB" : "AA");
        InstallState otherKey = new InstallState(MasterKey.fromEnvironment(Map.of(MasterKey.VARIABLE,
                Base64.getEncoder().encodeToString(new byte[32]))), clock);
        String foreign = otherKey.issue();

        assertThat(redirect("code=code-a&state=" + forged, cookieFor(forged)).statusCode()).as("forged signature").isEqualTo(400);
        assertThat(redirect("code=code-a&state=" + foreign, cookieFor(foreign)).statusCode()).as("another key").isEqualTo(400);
        assertThat(redirect("code=code-a", started.cookie()).statusCode()).as("no state").isEqualTo(400);
        assertThat(redirect("code=code-a&state=garbage", started.cookie()).statusCode()).as("malformed").isEqualTo(400);
        assertThat(redirect("code=code-a&state=" + state, null).statusCode()).as("valid state, other browser").isEqualTo(400);
        assertThat(redirect("code=code-a&state=" + state, cookieFor(startInstall().state())).statusCode())
                .as("valid state, another install's cookie").isEqualTo(400);
        clock.advance(InstallState.LIFETIME.plusSeconds(1));
        HttpResponse<String> expired = redirect("code=code-a&state=" + state, started.cookie());
        assertThat(expired.statusCode()).as("expired").isEqualTo(400);
        assertThat(expired.body()).contains("expired or not valid").contains("/slack/install");

        assertThat(slack.api.calls("oauth.v2.access")).as("codes exchanged").isEmpty();
        assertThat(storage.installations().find("slack", TEAM_A)).isEmpty();
        assertThat(slack.logs.lines()).anyMatch(line -> line.contains("state FORGED")).anyMatch(line -> line.contains("state EXPIRED"))
                .anyMatch(line -> line.contains("issued to another browser"));
    }

    @Test
    void a_cancelled_or_refused_install_stores_nothing() throws Exception {
        OAuthBrowser.Started started = startInstall();

        HttpResponse<String> cancelled = redirect("error=access_denied&state=" + started.state(), started.cookie());
        HttpResponse<String> unknownCode = redirect("code=never-granted&state=" + started.state(), started.cookie());

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("cancelled");
        assertThat(unknownCode.statusCode()).isEqualTo(400);
        assertThat(slack.api.calls("oauth.v2.access")).singleElement();
        assertThat(storage.installations().find("slack", TEAM_A)).isEmpty();
    }

    @Test
    void uninstalling_or_revoking_the_bot_token_deletes_the_installation_and_the_workspace_is_no_longer_answered() throws Exception {
        installBothWorkspaces();

        // WHEN workspace A uninstalls termbot and workspace B revokes its bot token
        assertThat(slack.poster().json(WorkspacePayloads.event(TEAM_A, "Ev0A00009", "{\"type\":\"app_uninstalled\"}")).statusCode()).isEqualTo(200);
        assertThat(slack.poster().json(WorkspacePayloads.event(TEAM_B, "Ev0B00009",
                "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[],\"bot\":[\"U0BOTB\"]}}")).statusCode()).isEqualTo(200);

        // THEN both installations are gone, and a message from A is refused instead of answered
        assertThat(storage.installations().find("slack", TEAM_A)).isEmpty();
        assertThat(storage.installations().find("slack", TEAM_B)).isEmpty();
        assertThat(slack.poster().json(WorkspacePayloads.message(TEAM_A, "Ev0A00010", "C0ACHAN", "1714824000.000300")).statusCode()).isEqualTo(401);
        assertThat(slack.api.calls(POST)).isEmpty();
    }

    @Test
    void a_user_token_revocation_keeps_the_bot_installed() throws Exception {
        slack.api.grant("code-a", new FakeSlackApi.Grant(TEAM_A, TOKEN_A, "U0BOTA"));
        install("code-a");

        slack.poster().json(WorkspacePayloads.event(TEAM_A, "Ev0A00011", "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[\"U0SOMEONE\"]}}"));

        assertThat(storage.installations().find("slack", TEAM_A)).isPresent();
    }

    @Test
    void the_install_page_sends_the_visitor_to_slack_with_the_app_scopes_and_a_signed_state() throws Exception {
        HttpResponse<String> page = get("/slack/install", null);

        assertThat(page.statusCode()).isEqualTo(302);
        URI location = URI.create(page.headers().firstValue("Location").orElseThrow());
        assertThat(location.getScheme() + "://" + location.getHost() + location.getPath()).isEqualTo(SlackInstaller.AUTHORIZE_URL);
        Map<String, String> query = OAuthBrowser.query(location.getRawQuery());
        assertThat(query).containsEntry("client_id", CLIENT_ID)
                .containsEntry("scope", String.join(",", SlackInstaller.SCOPES));
        assertThat(query.get("state")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith(SlackInstaller.STATE_COOKIE + "=" + query.get("state") + ";")
                .contains("HttpOnly").contains("Secure").contains("SameSite=Lax").contains("Path=/slack/oauth_redirect");
        assertThat(get("/slack/oauth_redirect", null).statusCode()).as("no state at all").isEqualTo(400);
    }

    @Test
    void a_moderator_removes_a_note_with_the_token_of_the_workspace_it_is_in() throws Exception {
        // GIVEN two workspaces, and an admin of workspace B
        installBothWorkspaces();
        slack.api.admin("U0ADMINB");

        // WHEN the admin clicks "Remove" under a note in workspace B
        ObjectNode click = Payloads.load("block_actions_note.json");
        ((ObjectNode) click.get("user")).put("id", "U0ADMINB").put("team_id", TEAM_B);
        ((ObjectNode) click.get("team")).put("id", TEAM_B);
        ((ObjectNode) click.get("channel")).put("id", "C0BCHAN");
        ((ObjectNode) click.get("container")).put("channel_id", "C0BCHAN");
        click.put("response_url", slack.api.responseUrl("remove-b"));
        ((ObjectNode) click.get("actions").get(0)).put("action_id", "remove_note").put("value", "U0ALICE:distillation-attack");
        assertThat(slack.poster().form(Payloads.interactionForm(click)).statusCode()).isEqualTo(200);

        // THEN workspace B's own bot is asked about the admin and deletes the note
        FakeSlackApi.Call delete = Await.value("deleted", () -> slack.api.delivered("chat.delete").stream().findFirst().orElse(null));
        assertThat(delete.authorization()).isEqualTo("Bearer " + TOKEN_B);
        assertThat(delete.param("channel")).isEqualTo("C0BCHAN");
        assertThat(slack.api.calls("users.info")).allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN_B));
    }

    private void installBothWorkspaces() {
        slack.api.grant("code-a", new FakeSlackApi.Grant(TEAM_A, TOKEN_A, "U0BOTA"));
        slack.api.grant("code-b", new FakeSlackApi.Grant(TEAM_B, TOKEN_B, "U0BOTB"));
        assertThat(install("code-a").statusCode()).isEqualTo(200);
        assertThat(install("code-b").statusCode()).isEqualTo(200);
    }

    private static String cookieFor(String state) {
        return SlackInstaller.STATE_COOKIE + "=" + state;
    }

    private HttpResponse<String> install(String code) {
        return browser.install(code);
    }

    private HttpResponse<String> redirect(String query, String cookie) {
        return browser.redirect(query, cookie);
    }

    private OAuthBrowser.Started startInstall() {
        return browser.startInstall();
    }

    private HttpResponse<String> get(String pathAndQuery, String cookie) {
        return browser.get(pathAndQuery, cookie);
    }
}
