package dev.termbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Bolt {@link App} that takes middleware to run after Bolt's own (authorization) without building
 * that list early.
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

    DeferredMiddlewareApp(AppConfig config) {
        super(config);
    }

    /** Adds a middleware after Bolt's own; calls nothing now. Call before {@code start()}. */
    void useAfterDefaults(Middleware middleware) {
        afterDefaults.add(middleware);
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
        middleware.addAll(afterDefaults);
        return middleware;
    }
}
