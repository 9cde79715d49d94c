package dev.termbot.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
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
    /** Addresses refused since they last had no connection: one WARN each, so a flood cannot flood the log. */
    private final Set<InetAddress> warned = ConcurrentHashMap.newKeySet();
    /**
     * The connections that count, with their address taken when they opened (a closed socket no
     * longer knows it); one refused here is never counted, whether or not Jetty reports its close.
     */
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();

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
        if (count <= maxPerClient) {
            counted.put(connection, client);
        } else {
            release(client);
            // the address only: it is the operator's to judge, and no request was read yet
            if (warned.add(client)) {
                LOG.warn("Closing new connections from {}: it holds {} (the limit per client); further ones are"
                        + " logged at DEBUG until it has none open", client.getHostAddress(), maxPerClient);
            } else {
                LOG.debug("Closed a connection from {} (over the limit per client)", client.getHostAddress());
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = counted.remove(connection);
        if (client != null) {
            release(client);
        }
    }

    private void release(InetAddress client) {
        if (open.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1) == null) {
            warned.remove(client);
        }
    }

    private static InetAddress clientOf(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
