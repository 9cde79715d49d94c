package dev.termbot.http;

/**
 * Answers one request; called on the server's worker pool, so it may block briefly (a database
 * check, a Bolt acknowledgement) but must not wait on anything slow. An exception becomes a bare
 * 500 (its class name is logged, never its message, which could quote the body).
 */
@FunctionalInterface
public interface HttpEndpoint {
    HttpAnswer answer(HttpCall call) throws Exception;
}
