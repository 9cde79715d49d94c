package dev.termbot.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a new connection at once when its client address already holds the maximum, so one
 * client (a slowloris, a broken retry loop) cannot take the whole connection budget. Jetty adds it
 * to every connection of the connector it is a bean of.
 *
 * <p>Thread-safe: counts are updated atomically per address.
 */
final class ClientConnectionLimit implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnectionLimit.class);

    private final int maxPerClient;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

    ClientConnectionLimit(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = clientOf(connection);
        if (client == null) {
            return;
        }
        int count = open.merge(client, 1, Integer::sum);
        if (count > maxPerClient) {
            // the address only: it is the operator's to judge, and no request was read yet
            LOG.warn("Closed a connection from {}: it already holds {} (the limit per client)",
                    client.getHostAddress(), maxPerClient);
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clientOf(connection);
        if (client != null) {
            open.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1);
        }
    }

    /** Open connections from this address (for tests and diagnostics). */
    int openFrom(InetAddress client) {
        return open.getOrDefault(client, 0);
    }

    private static InetAddress clientOf(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
