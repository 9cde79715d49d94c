package dev.termbot.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An HTTP/1.1 server for a public port that a slow or idle client cannot starve: Jetty's
 * non-blocking connector (a half-open connection holds no thread), every limit of
 * {@link HttpLimits}, no server version header, and error pages without stack traces.
 *
 * <p>Thread-safe. Start with {@link #start}, stop with {@link #close()}.
 */
public final class HardenedHttpServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private HardenedHttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Binds {@code host:port} (0 picks a free port) and serves {@code endpoint} within {@code limits}.
     *
     * @param name names the threads, e.g. "termbot-ops-http"
     * @throws IOException when the address cannot be bound (in use, not local, not an address)
     */
    public static HardenedHttpServer start(String name, String host, int port, HttpLimits limits, HttpEndpoint endpoint)
            throws IOException {
        Objects.requireNonNull(endpoint, "endpoint");
        QueuedThreadPool workers = workers(name, limits);
        Server server = new Server(workers);
        ServerConnector connector = connector(server, host, port, limits);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setErrorHandler(quietErrors());
        server.setHandler(new EndpointHandler(endpoint, limits, workers));
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw e instanceof IOException io ? io : new IOException("cannot serve on " + host + ":" + port, e);
        }
        return new HardenedHttpServer(server, connector);
    }

    /** The address actually bound (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        String host = connector.getHost() == null ? "0.0.0.0" : connector.getHost();
        return new InetSocketAddress(host, connector.getLocalPort());
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting, gives requests in progress a moment (bounded), then closes every connection. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static QueuedThreadPool workers(String name, HttpLimits limits) {
        // the threads are few and fixed; the task queue is Jetty's own (it must not refuse Jetty's internal
        // tasks), and what can wait in it is bounded by the connection limits: one request per connection
        QueuedThreadPool pool = new QueuedThreadPool(limits.workerThreads(), HttpLimits.INFRASTRUCTURE_THREADS + 1);
        pool.setName(name);
        pool.setDaemon(true);
        pool.setReservedThreads(0);
        return pool;
    }

    private static ServerConnector connector(Server server, String host, int port, HttpLimits limits) {
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(limits.maxHeaderBytes());
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        connector.addBean(new ClientConnectionLimit(limits.maxConnectionsPerClient()));
        return connector;
    }

    private static ErrorHandler quietErrors() {
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        errors.setShowMessageInTitle(false);
        return errors;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: the process is on its way out, or a failed start is being undone
            org.slf4j.LoggerFactory.getLogger(HardenedHttpServer.class).debug("Stopping the HTTP server: {}", e.toString());
        }
    }
}
