package dev.termbot.platform.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Bolt {@link App} whose built-in request verification hashes bodies as UTF-8.
 *
 * <p>Why this and not {@code requestVerificationEnabled(false)}: the adapter verifies every HTTP
 * request itself over the raw bytes first ({@link RequestSignature}); Bolt's middleware stays in
 * the chain as a second lock. Left as shipped, that second lock would reject correctly signed
 * non-ASCII events whenever the JVM's default charset is not UTF-8 (Bolt 1.51.0 calls
 * {@code String.getBytes()}). Replacing only the generator inside Bolt's own
 * {@link RequestVerification} keeps Bolt's checks (timestamp age, signature, 401 before any
 * handler) and makes them charset-independent. Socket Mode requests are skipped by Bolt itself.
 *
 * <p>Thread-safety as Bolt's {@link App}: configure before {@code start()}, then run concurrently.
 */
final class VerifyingBoltApp extends App {
    private final List<Middleware> afterDefaults = new CopyOnWriteArrayList<>();
    private volatile Middleware authorization;

    VerifyingBoltApp(AppConfig config) {
        super(config);
    }

    /**
     * Adds a middleware after Bolt's own (verification, authorization). Unlike {@link #use}, it
     * calls nothing now: {@code use} builds Bolt's list at once, and with it sends {@code auth.test}
     * from a constructor. Call before {@code start()}.
     */
    void useAfterDefaults(Middleware middleware) {
        afterDefaults.add(middleware);
    }

    /**
     * Authorizes requests with this middleware (OAuth mode: each workspace's own token) where Bolt
     * would put its own, right after verification. Call before {@code start()}.
     */
    void authorizeWith(Middleware middleware) {
        authorization = middleware;
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> middleware = authorization == null ? super.buildDefaultMiddlewareList(config)
                : authorizedBy(authorization, config);
        String secret = config.getSigningSecret();
        // Socket Mode without a signing secret: Bolt skips verification for socket requests anyway
        if (secret != null && !secret.isBlank()) {
            SlackSignature.Verifier verifier = new SlackSignature.Verifier(new Utf8SignatureGenerator(secret));
            middleware.replaceAll(m -> m instanceof RequestVerification ? new RequestVerification(verifier) : m);
        }
        middleware.addAll(afterDefaults);
        return middleware;
    }

    /**
     * Bolt's default list with {@code authorization} where Bolt puts its own. Built here because Bolt,
     * given neither a single token nor its own OAuth settings, logs a warning that nothing authorizes
     * requests (and adds nothing); the verification it adds is replaced by the caller.
     */
    private static List<Middleware> authorizedBy(Middleware authorization, AppConfig config) {
        List<Middleware> middleware = new ArrayList<>();
        if (config.isSslCheckEnabled()) {
            middleware.add(new SSLCheck(config.getVerificationToken()));
        }
        if (config.isRequestVerificationEnabled()) {
            middleware.add(new RequestVerification(new SlackSignature.Verifier(new Utf8SignatureGenerator(config.getSigningSecret()))));
        }
        middleware.add(authorization);
        if (config.isIgnoringSelfEventsEnabled()) {
            middleware.add(new IgnoringSelfEvents(config.getSlack().getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled()));
        }
        return middleware;
    }
}
