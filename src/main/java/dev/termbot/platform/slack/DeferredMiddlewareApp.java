package dev.termbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Bolt {@link App} that takes middleware to run after Bolt's own (authorization) without building
 * that list early, and, in OAuth mode, an authorization of termbot's own in place of Bolt's.
 *
 * <p>Why not {@link #use}: it builds Bolt's default list at once, and with it sends
 * {@code auth.test} from a constructor. Request signatures are not Bolt's job here: the HTTP edge
 * ({@link HttpEventEndpoint} with {@link RequestSignature}) checks every request once, over the raw
 * bytes, and {@link SlackPlatform} turns Bolt's own check off; Socket Mode requests carry no
 * signature at all (the app-level token authenticated the connection).
 *
 * <p>Thread-safety as Bolt's {@link App}: configure before {@code start()}, then run concurrently.
 */
final class DeferredMiddlewareApp extends App {
    private final List<Middleware> afterDefaults = new CopyOnWriteArrayList<>();
    private volatile Middleware authorization;

    DeferredMiddlewareApp(AppConfig config) {
        super(config);
    }

    /** Adds a middleware after Bolt's own; calls nothing now. Call before {@code start()}. */
    void useAfterDefaults(Middleware middleware) {
        afterDefaults.add(middleware);
    }

    /**
     * Authorizes requests with this middleware (OAuth mode: each workspace's own token) where Bolt
     * would put its own. Call before {@code start()}.
     */
    void authorizeWith(Middleware middleware) {
        authorization = middleware;
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> middleware = authorization == null ? super.buildDefaultMiddlewareList(config)
                : authorizedBy(authorization, config);
        middleware.addAll(afterDefaults);
        return middleware;
    }

    /**
     * Bolt's default list with {@code authorization} where Bolt puts its own. Built here because Bolt,
     * given neither a single token nor its own OAuth settings, logs a warning that nothing authorizes
     * requests (and adds nothing). Bolt's request verification is off in every mode (see above).
     */
    private static List<Middleware> authorizedBy(Middleware authorization, AppConfig config) {
        List<Middleware> middleware = new ArrayList<>();
        if (config.isSslCheckEnabled()) {
            middleware.add(new SSLCheck(config.getVerificationToken()));
        }
        middleware.add(authorization);
        if (config.isIgnoringSelfEventsEnabled()) {
            middleware.add(new IgnoringSelfEvents(config.getSlack().getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled()));
        }
        return middleware;
    }
}
