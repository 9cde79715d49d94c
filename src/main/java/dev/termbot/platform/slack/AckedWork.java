package dev.termbot.platform.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;

/**
 * Acknowledges a command or a click at once and does its work on the adapter's pool: Slack wants the
 * acknowledgement within three seconds, and the answer goes to the request's {@code response_url}
 * anyway. When the pool refuses the work (stopping, or full), the request is answered 503 instead of
 * acknowledged, so Slack retries it rather than losing it. Thread-safe.
 */
final class AckedWork {
    private final Executor work;
    private final Logger log;
    private final String what;

    /** {@code what} names the requests in the log ("command", "note button"). */
    AckedWork(Executor work, Logger log, String what) {
        this.work = work;
        this.log = log;
        this.what = what;
    }

    Response later(Context ctx, Runnable task) {
        try {
            work.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("A Slack {} failed: {}", what, e.getClass().getSimpleName(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            return Response.builder().statusCode(503).body("").build();
        }
        return ctx.ack();
    }
}
