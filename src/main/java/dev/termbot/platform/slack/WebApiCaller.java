package dev.termbot.platform.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API and honours rate limits: an HTTP 429 means Slack did not perform the
 * call, so it is retried after the {@code Retry-After} it names (bounded attempts and waits).
 * Nothing else is retried: after a timeout or a broken connection Slack may already have posted
 * the message, and a second attempt could post it twice.
 *
 * <p>Calls block the calling thread (an adapter worker, never a request thread). Thread-safe.
 */
final class WebApiCaller {
    /** One Web API call. */
    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T send() throws IOException, SlackApiException;
    }

    private static final Logger log = LoggerFactory.getLogger(WebApiCaller.class);
    private static final int RATE_LIMITED = 429;

    private final int maxAttempts;
    private final Duration longestWait;

    WebApiCaller(int maxAttempts, Duration longestWait) {
        this.maxAttempts = maxAttempts;
        this.longestWait = longestWait;
    }

    /**
     * Performs the call; empty when it failed for good (already logged by method name and Slack's
     * error code, never with tokens or message text).
     */
    <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                T response = call.send();
                if (response.isOk()) {
                    return Optional.of(response);
                }
                log.warn("Slack {} failed: {}", method, response.getError());
                return Optional.empty();
            } catch (SlackApiException e) {
                if (e.getResponse() == null || e.getResponse().code() != RATE_LIMITED) {
                    log.warn("Slack {} failed with HTTP {}", method, e.getResponse() == null ? "?" : e.getResponse().code());
                    return Optional.empty();
                }
                Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                log.info("Slack {} rate limited; retrying in {} s (attempt {} of {})", method, wait.toSeconds(),
                        attempt, maxAttempts);
                if (attempt == maxAttempts || !pause(wait)) {
                    break;
                }
            } catch (IOException e) {
                log.warn("Slack {} failed ({}); not retried, it may have reached Slack", method, e.getClass().getSimpleName());
                return Optional.empty();
            }
        }
        log.warn("Slack {} gave up after {} rate-limited attempts", method, maxAttempts);
        return Optional.empty();
    }

    private Duration retryAfter(String header) {
        long seconds = 1;
        if (header != null) {
            try {
                seconds = Math.max(1, Long.parseLong(header.strip()));
            } catch (NumberFormatException e) {
                seconds = 1;
            }
        }
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    private static boolean pause(Duration wait) {
        try {
            TimeUnit.MILLISECONDS.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
