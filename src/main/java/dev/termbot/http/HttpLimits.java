package dev.termbot.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits one {@link HardenedHttpServer} enforces.
 *
 * @param idleTimeout             a connection that sends or takes no byte for this long is closed (also bounds
 *                                a stalled request line, header block or body)
 * @param bodyTimeout             the whole body must arrive within this time after the headers, or 408
 * @param maxHeaderBytes          request line plus headers; more is answered 431
 * @param maxBodyBytes            larger bodies are answered 413 (by Content-Length before reading, or while reading)
 * @param maxConnections          open connections in total; beyond it the server stops accepting until one closes
 * @param maxConnectionsPerClient open connections from one client address; more are closed at once
 * @param workerThreads           the whole thread pool (acceptor and selector included)
 */
public record HttpLimits(Duration idleTimeout, Duration bodyTimeout, int maxHeaderBytes, int maxBodyBytes,
                         int maxConnections, int maxConnectionsPerClient, int workerThreads) {

    /** Jetty needs one acceptor and one selector thread; the rest serve requests. */
    static final int INFRASTRUCTURE_THREADS = 2;

    public HttpLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxHeaderBytes < 1024 || maxBodyBytes < 0 || maxConnections < 1 || maxConnectionsPerClient < 1) {
            throw new IllegalArgumentException("limits out of range");
        }
        if (workerThreads < INFRASTRUCTURE_THREADS + 2) {
            throw new IllegalArgumentException("at least " + (INFRASTRUCTURE_THREADS + 2) + " worker threads");
        }
    }

    /**
     * The Slack Events API endpoint: Slack waits 3 s for an answer and sends payloads of a few
     * kilobytes; one client address (Slack's egress, or a proxy in front) may hold many connections.
     */
    public static HttpLimits slackEvents() {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), 8 * 1024, 1 << 20, 512, 64, 16);
    }

    /**
     * Health probes and metric scrapes: no bodies, few clients, but often all from one address (the
     * port listens on 127.0.0.1 by default, so every local prober shares it).
     */
    public static HttpLimits ops() {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(5), 8 * 1024, 4 * 1024, 128, 32, 8);
    }

    /** These limits with other connection bounds (tests use small ones to reach them). */
    public HttpLimits withConnections(int total, int perClient) {
        return new HttpLimits(idleTimeout, bodyTimeout, maxHeaderBytes, maxBodyBytes, total, perClient, workerThreads);
    }

    /** These limits with other timeouts. */
    public HttpLimits withTimeouts(Duration idle, Duration body) {
        return new HttpLimits(idle, body, maxHeaderBytes, maxBodyBytes, maxConnections, maxConnectionsPerClient,
                workerThreads);
    }
}
