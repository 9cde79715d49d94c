package dev.termbot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The operations endpoints, served by the JDK's own HTTP server: {@code GET /healthz} (200 while the
 * process runs), {@code GET /readyz} (200 only when every registered {@link ReadinessCheck} passes,
 * else 503; the body names each check) and {@code GET /metrics} (Prometheus text format 0.0.4).
 * Other paths answer 404, other methods 405.
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
    private static final String PLAIN_TEXT = "text/plain; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService workers;
    private final PrometheusMeterRegistry registry;
    private final List<NamedCheck> checks = new CopyOnWriteArrayList<>();

    private OpsServer(HttpServer server, ExecutorService workers, PrometheusMeterRegistry registry) {
        this.server = server;
        this.workers = workers;
        this.registry = registry;
    }

    /** Starts serving on {@value #DEFAULT_HOST}:{@code port} (0 picks a free port). */
    public static OpsServer start(int port, PrometheusMeterRegistry registry) throws IOException {
        return start(DEFAULT_HOST, port, registry);
    }

    /** Starts serving on {@code host:port}; {@code host} "0.0.0.0" listens everywhere (put a firewall in front). */
    public static OpsServer start(String host, int port, PrometheusMeterRegistry registry) throws IOException {
        Objects.requireNonNull(registry, "registry");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        // two threads: a slow scrape never keeps the health probe waiting
        ExecutorService workers = Executors.newFixedThreadPool(2, daemonThreads());
        OpsServer ops = new OpsServer(server, workers, registry);
        server.createContext("/", ops::handle);
        server.setExecutor(workers);
        server.start();
        LOG.info("Health and metrics on http://{}:{}/ (healthz, readyz, metrics)",
                server.getAddress().getHostString(), server.getAddress().getPort());
        return ops;
    }

    /** Adds a check that {@code /readyz} reports under {@code name} (e.g. "slack", "database"). */
    public void addReadinessCheck(String name, ReadinessCheck check) {
        checks.add(new NamedCheck(Objects.requireNonNull(name, "name"), Objects.requireNonNull(check, "check")));
    }

    /** The address actually bound (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening; requests in progress are cut short (a probe simply retries). */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!List.of("/healthz", "/readyz", "/metrics").contains(path)) {
                send(exchange, 404, PLAIN_TEXT, "not found\n");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, PLAIN_TEXT, "method not allowed\n");
            } else if (path.equals("/healthz")) {
                send(exchange, 200, PLAIN_TEXT, "ok\n");
            } else if (path.equals("/readyz")) {
                ReadinessReport report = ReadinessReport.of(checks);
                send(exchange, report.ready() ? 200 : 503, PLAIN_TEXT, report.body());
            } else {
                sendMetrics(exchange);
            }
        } catch (IOException | RuntimeException e) {
            // a client that hangs up mid-response is not worth more than a debug line
            LOG.debug("Ops request failed: {}", e.toString());
        }
    }

    private void sendMetrics(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream(16 * 1024);
        try {
            registry.scrape(text, PROMETHEUS_TEXT);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Metrics scrape failed: {}", e.toString());
            send(exchange, 500, PLAIN_TEXT, "metrics unavailable\n");
            return;
        }
        send(exchange, 200, PROMETHEUS_TEXT, text.toByteArray());
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "termbot-ops-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A readiness check with the name {@code /readyz} shows for it. */
    record NamedCheck(String name, ReadinessCheck check) {
    }
}
