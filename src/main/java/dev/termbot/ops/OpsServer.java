package dev.termbot.ops;

import dev.termbot.http.HardenedHttpServer;
import dev.termbot.http.HttpAnswer;
import dev.termbot.http.HttpCall;
import dev.termbot.http.HttpLimits;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The operations endpoints, served by a {@link HardenedHttpServer} (so a slow client cannot hang a
 * probe): {@code GET /healthz} (200 while the
 * process runs), {@code GET /readyz} (200 only when every registered {@link ReadinessCheck} passes,
 * else 503; the body names each check) and {@code GET /metrics} (Prometheus text format 0.0.4).
 * HEAD is answered like GET without the body. Other paths answer 404, other methods 405.
 *
 * <p>Binds to {@value #DEFAULT_HOST} unless told otherwise, because metrics and readiness details
 * are for the operator, not the internet. Thread-safe: checks may be added while it serves.
 */
public final class OpsServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** The content type of Prometheus' text exposition format. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final List<String> PATHS = List.of("/healthz", "/readyz", "/metrics");

    private final PrometheusMeterRegistry registry;
    private final List<NamedCheck> checks = new CopyOnWriteArrayList<>();
    private volatile HardenedHttpServer server;

    private OpsServer(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** Starts serving on {@value #DEFAULT_HOST}:{@code port} (0 picks a free port). */
    public static OpsServer start(int port, PrometheusMeterRegistry registry) throws IOException {
        return start(DEFAULT_HOST, port, registry);
    }

    /** Starts serving on {@code host:port}; {@code host} "0.0.0.0" listens everywhere (put a firewall in front). */
    public static OpsServer start(String host, int port, PrometheusMeterRegistry registry) throws IOException {
        Objects.requireNonNull(registry, "registry");
        OpsServer ops = new OpsServer(registry);
        ops.server = HardenedHttpServer.start("termbot-ops-http", host, port, HttpLimits.ops(), ops::answer);
        LOG.info("Health and metrics on http://{}:{}/ (healthz, readyz, metrics)",
                ops.address().getHostString(), ops.port());
        return ops;
    }

    /** Adds a check that {@code /readyz} reports under {@code name} (e.g. "slack", "database"). */
    public void addReadinessCheck(String name, ReadinessCheck check) {
        checks.add(new NamedCheck(Objects.requireNonNull(name, "name"), Objects.requireNonNull(check, "check")));
    }

    /** The address actually bound (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.address();
    }

    public int port() {
        return server.port();
    }

    /** Stops listening; requests in progress are cut short (a probe simply retries). */
    @Override
    public void close() {
        server.close();
    }

    private HttpAnswer answer(HttpCall call) {
        if (!PATHS.contains(call.path())) {
            return text(404, "not found\n");
        }
        if (!"GET".equals(call.method())) {
            return text(405, "method not allowed\n").withHeader("Allow", "GET, HEAD");
        }
        if (call.path().equals("/healthz")) {
            return text(200, "ok\n");
        }
        if (call.path().equals("/readyz")) {
            ReadinessReport report = ReadinessReport.of(checks);
            return text(report.ready() ? 200 : 503, report.body());
        }
        return metrics();
    }

    private HttpAnswer metrics() {
        ByteArrayOutputStream text = new ByteArrayOutputStream(16 * 1024);
        try {
            registry.scrape(text, PROMETHEUS_TEXT);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Metrics scrape failed: {}", e.toString());
            return text(500, "metrics unavailable\n");
        }
        return noCacheNoKeepAlive(new HttpAnswer(200, PROMETHEUS_TEXT, text.toByteArray(), Map.of()));
    }

    private static HttpAnswer text(int status, String body) {
        return noCacheNoKeepAlive(HttpAnswer.text(status, body));
    }

    /**
     * Probes and scrapes come every few seconds, so keeping their connections open buys nothing;
     * closing each one means a prober that opens a new connection per probe never piles up idle
     * ones against the connection limits.
     */
    private static HttpAnswer noCacheNoKeepAlive(HttpAnswer answer) {
        return answer.withHeader("Cache-Control", "no-store").withHeader("Connection", "close");
    }

    /** A readiness check with the name {@code /readyz} shows for it. */
    record NamedCheck(String name, ReadinessCheck check) {
    }
}
