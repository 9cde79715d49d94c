package dev.termbot.platform.slack;

import dev.termbot.testing.Await;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Slack Socket Mode endpoint (Java-WebSocket server on 127.0.0.1): greets each connection
 * with {@code hello} like Slack does, sends envelopes on request and records every message the
 * client sends back (the acknowledgements).
 */
final class FakeSocketModeServer implements AutoCloseable {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final WebSocketServer server;

    FakeSocketModeServer() {
        server = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override
            public void onOpen(WebSocket conn, ClientHandshake handshake) {
                open.add(conn);
                conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake-socket-mode\","
                        + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0TERMBOT\"}}");
            }

            @Override
            public void onClose(WebSocket conn, int code, String reason, boolean remote) {
                open.remove(conn);
            }

            @Override
            public void onMessage(WebSocket conn, String message) {
                received.add(message);
            }

            @Override
            public void onError(WebSocket conn, Exception ex) {
                // a client going away during shutdown is expected; anything else shows up as missing acks
            }

            @Override
            public void onStart() {
                started.set(true);
            }
        };
        server.setReuseAddr(true);
        server.start();
        Await.until("fake Socket Mode server started", started::get);
    }

    String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=fake-ticket&app_id=A0TERMBOT";
    }

    int openConnections() {
        return open.size();
    }

    /** Sends one envelope to every connected client. */
    void send(String envelope) {
        open.forEach(conn -> conn.send(envelope));
    }

    List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(1000);
    }
}
