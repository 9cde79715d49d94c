package dev.termbot.platform.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API and tells apart what may be tried again. An HTTP 429 means Slack did not
 * perform the call: retry after the {@code Retry-After} it names. HTTP 500/502/503/504 (and the
 * {@code internal_error}/{@code service_unavailable} answers) mean Slack failed: retry with a
 * doubling backoff. A timeout or a broken connection is {@link Kind#UNCERTAIN}: Slack may already
 * have posted, so only a caller that can check for its earlier post retries it.
 *
 * <p>{@link #once} makes one attempt and never waits (notes schedule their retries);
 * {@link #call} waits on the calling thread (commands and digests, on an adapter worker). Thread-safe.
 */
final class WebApiCaller {
    /** One Web API call. */
    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T send() throws IOException, SlackApiException;
    }

    /** How one attempt ended. */
    enum Kind { OK, RETRY, FAILED, UNCERTAIN }

    /** One attempt: the response when OK, the wait when RETRY. */
    record Attempt<T>(Kind kind, Optional<T> response, Duration retryAfter) {
    }

    private static final Logger log = LoggerFactory.getLogger(WebApiCaller.class);
    private static final int RATE_LIMITED = 429;
    private static final Set<Integer> SERVER_ERRORS = Set.of(500, 502, 503, 504);
    private static final Set<String> SERVER_ERROR_CODES = Set.of("internal_error", "service_unavailable");
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final int maxAttempts;
    private final Duration longestWait;

    WebApiCaller(int maxAttempts, Duration longestWait) {
        this.maxAttempts = maxAttempts;
        this.longestWait = longestWait;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Performs the call, waiting out rate limits and server errors (bounded); empty when it failed
     * for good (already logged by method name and Slack's error code, never with tokens or message text).
     */
    <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Attempt<T> result = once(method, call, attempt);
            if (result.kind() != Kind.RETRY) {
                return result.response();
            }
            if (attempt == maxAttempts || !pause(result.retryAfter())) {
                break;
            }
        }
        log.warn("Slack {} gave up after {} attempts", method, maxAttempts);
        return Optional.empty();
    }

    /** One attempt, no waiting; {@code attempt} (from 1) sets the backoff after a server error. */
    <T extends SlackApiTextResponse> Attempt<T> once(String method, Call<T> call, int attempt) {
        try {
            T response = call.send();
            if (response.isOk()) {
                return new Attempt<>(Kind.OK, Optional.of(response), Duration.ZERO);
            }
            if (SERVER_ERROR_CODES.contains(response.getError())) {
                return retry(method, response.getError(), backoff(attempt), attempt);
            }
            log.warn("Slack {} failed: {}", method, response.getError());
            return new Attempt<>(Kind.FAILED, Optional.empty(), Duration.ZERO);
        } catch (SlackApiException e) {
            int status = e.getResponse() == null ? -1 : e.getResponse().code();
            if (status == RATE_LIMITED) {
                return retry(method, "rate limited", retryAfter(e.getResponse().header("Retry-After")), attempt);
            }
            if (SERVER_ERRORS.contains(status)) {
                return retry(method, "HTTP " + status, backoff(attempt), attempt);
            }
            log.warn("Slack {} failed with HTTP {}", method, status < 0 ? "?" : status);
            return new Attempt<>(Kind.FAILED, Optional.empty(), Duration.ZERO);
        } catch (IOException e) {
            log.warn("Slack {} failed ({}); it may have reached Slack", method, e.getClass().getSimpleName());
            return new Attempt<>(Kind.UNCERTAIN, Optional.empty(), backoff(attempt));
        }
    }

    private <T> Attempt<T> retry(String method, String why, Duration wait, int attempt) {
        log.info("Slack {}: {}; retrying in {} ms (attempt {} of {})", method, why, wait.toMillis(), attempt, maxAttempts);
        return new Attempt<>(Kind.RETRY, Optional.empty(), wait);
    }

    private Duration backoff(int attempt) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(10, Math.max(0, attempt - 1)));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
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
