package dev.termbot.platform.discord;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the fake Discord: a websocket server on 127.0.0.1 that speaks enough of the
 * gateway protocol for JDA (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME →
 * RESUMED with optional replayed events, dispatches, closing with a code).
 *
 * <p>Thread-safe: websocket callbacks run on the server's threads, tests call from theirs; the one
 * client connection is held in a volatile field and sends are serialised.
 */
final class FakeDiscordGateway extends WebSocketServer {
    private static final String SESSION_ID = "fake-session";

    private final Supplier<List<DataObject>> readyDispatches;
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final List<Dispatch> replayOnResume = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile WebSocket client;
    private volatile int refuseIdentifyWith;

    /** A gateway event: its type ({@code t}) and data ({@code d}). */
    record Dispatch(String type, DataObject data) {
    }

    /**
     * @param readyDispatches READY then one GUILD_CREATE per guild, built when a client identifies
     */
    FakeDiscordGateway(Supplier<List<DataObject>> readyDispatches) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.readyDispatches = readyDispatches;
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    int identifyCount() {
        return identifies.get();
    }

    int resumeCount() {
        return resumes.get();
    }

    /** Answers every IDENTIFY by closing with this code (4004 bad token, 4014 disallowed intents, ...). */
    void refuseIdentifyWith(int closeCode) {
        this.refuseIdentifyWith = closeCode;
    }

    /** Events sent again, before RESUMED, the next time a client resumes (like Discord replaying missed events). */
    void replayOnNextResume(List<Dispatch> events) {
        replayOnResume.clear();
        replayOnResume.addAll(events);
    }

    /** Protocol errors seen (unknown opcodes, sends without a client); tests assert there are none. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    void dispatch(String type, DataObject data) {
        send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet()).put("d", data));
    }

    /** Closes the current connection with a gateway close code, as Discord does (e.g. 4000 unknown error). */
    void closeClient(int code) {
        WebSocket current = client;
        if (current == null) {
            problems.add("closeClient(" + code + ") without a client");
            return;
        }
        current.close(code, "closed by the fake gateway");
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        client = conn;
        sendTo(conn, DataObject.empty().put("op", 10).putNull("s").putNull("t")
                .put("d", DataObject.empty().put("heartbeat_interval", 41250)));
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        DataObject payload = DataObject.fromJson(text);
        int op = payload.getInt("op");
        switch (op) {
            case 1 -> sendTo(conn, DataObject.empty().put("op", 11).putNull("d"));
            case 2 -> identified(conn);
            case 6 -> resumed(conn, payload.getObject("d"));
            case 3, 4, 8 -> {
                // presence, voice state, member request: nothing to answer
            }
            default -> problems.add("unexpected opcode " + op);
        }
    }

    private void identified(WebSocket conn) {
        identifies.incrementAndGet();
        if (refuseIdentifyWith != 0) {
            conn.close(refuseIdentifyWith, "refused by the fake gateway");
            return;
        }
        sequence.set(0);
        List<DataObject> dispatches = readyDispatches.get();
        for (DataObject d : dispatches) {
            sendTo(conn, DataObject.empty().put("op", 0).put("t", d.getString("t")).put("s", sequence.incrementAndGet())
                    .put("d", d.getObject("d")));
        }
    }

    private void resumed(WebSocket conn, DataObject resume) {
        resumes.incrementAndGet();
        if (!SESSION_ID.equals(resume.getString("session_id"))) {
            problems.add("RESUME with unknown session " + resume.getString("session_id"));
        }
        for (Dispatch event : replayOnResume) {
            sendTo(conn, DataObject.empty().put("op", 0).put("t", event.type()).put("s", sequence.incrementAndGet())
                    .put("d", event.data()));
        }
        replayOnResume.clear();
        sendTo(conn, DataObject.empty().put("op", 0).put("t", "RESUMED").put("s", sequence.incrementAndGet())
                .put("d", DataObject.empty()));
    }

    static String sessionId() {
        return SESSION_ID;
    }

    private void send(DataObject payload) {
        WebSocket current = client;
        if (current == null || !current.isOpen()) {
            problems.add("dispatch without an open client: " + payload.getString("t", "?"));
            return;
        }
        sendTo(current, payload);
    }

    private static void sendTo(WebSocket conn, DataObject payload) {
        synchronized (conn) {
            // a client that is going away (e.g. after a close code) just misses the message, like on Discord
            if (conn.isOpen()) {
                conn.send(payload.toString());
            }
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (client == conn) {
            client = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        problems.add("websocket error: " + ex);
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
