package dev.termbot.platform.slack;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plays the installing admin's browser against termbot's install pages on 127.0.0.1: opens
 * {@code /slack/install}, keeps the state cookie, and (standing in for Slack's consent page, which
 * redirects with a code) opens {@code /slack/oauth_redirect}. Follows no redirect by itself.
 */
final class OAuthBrowser {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    OAuthBrowser(int port) {
        this.port = port;
    }

    /** An install begun: the state Slack would carry back, and the cookie the browser keeps. */
    record Started(String state, String cookie) {
    }

    Started startInstall() {
        HttpResponse<String> page = get("/slack/install", null);
        String state = query(URI.create(page.headers().firstValue("Location").orElseThrow()).getRawQuery()).get("state");
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        return new Started(state, setCookie.substring(0, setCookie.indexOf(';')));
    }

    /** The whole way through, as after the admin's consent: the install page, then the redirect with Slack's code. */
    HttpResponse<String> install(String code) {
        Started started = startInstall();
        return redirect("code=" + code + "&state=" + started.state(), started.cookie());
    }

    HttpResponse<String> redirect(String query, String cookie) {
        return get("/slack/oauth_redirect?" + query, cookie);
    }

    HttpResponse<String> get(String pathAndQuery, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return SignedPoster.send(client, request.build());
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
