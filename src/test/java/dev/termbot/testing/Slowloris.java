package dev.termbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds half-open HTTP connections to a server on 127.0.0.1, the way a slowloris attack does: half
 * of them stop in the middle of the header block, the other half send complete headers announcing
 * a body and stop in the middle of it. Each connection comes from its own loopback address
 * (127.0.0.2, 127.0.0.3, ...), so a limit per client address does not cut them off: what is tested
 * is that the server serves others while all of them are open.
 */
public final class Slowloris implements AutoCloseable {
    private final List<Socket> sockets = new ArrayList<>();

    private Slowloris() {
    }

    /** Opens {@code count} half-open connections to {@code 127.0.0.1:port}, each from its own address. */
    public static Slowloris hold(int port, int count, String path) throws IOException {
        Slowloris attack = new Slowloris();
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket();
                attack.sockets.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, (byte) (i / 200), (byte) (2 + i % 200)}), 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                OutputStream out = socket.getOutputStream();
                out.write((i % 2 == 0 ? partialHeaders(path) : partialBody(path)).getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            attack.close();
            throw e;
        }
        return attack;
    }

    /** A request line and some headers, without the blank line that ends them. */
    private static String partialHeaders(String path) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slack-Request-Timestamp: 1";
    }

    /** Complete headers announcing 1000 bytes of body, and 10 of them. */
    private static String partialBody(String path) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"type\":\"e";
    }

    /**
     * How many of the connections the server still holds open: a read that waits (instead of
     * seeing the end of the stream or a reset) means the server has neither answered nor closed.
     */
    public int stillOpen() {
        int open = 0;
        for (Socket socket : sockets) {
            try {
                socket.setSoTimeout(50);
                InputStream in = socket.getInputStream();
                if (in.read() >= 0) {
                    continue; // the server answered something
                }
            } catch (SocketTimeoutException e) {
                open++;
            } catch (IOException e) {
                // reset or closed by the server
            }
        }
        return open;
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a test socket: nothing to do
            }
        }
    }
}
