package dev.termbot.platform.discord;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the fake Discord: a websocket server on 127.0.0.1 that speaks enough of the
 * gateway protocol for JDA (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME →
 * RESUMED with optional replayed events, dispatches, closing with a code).
 *
 * <p>Shards, as Discord does them: a client that IDENTIFYs with {@code "shard": [id, total]} is that
 * shard's session; its READY lists, and GUILD_CREATE is sent for, only the guilds with
 * {@code (guild_id >> 22) % total == id}, and a dispatch about a guild goes only to its shard's
 * session. Each shard gets its own session id, so a RESUME names the shard it resumes.
 *
 * <p>Thread-safe: websocket callbacks run on the server's threads, tests call from theirs; the
 * connections are held in concurrent structures and sends are serialised per connection.
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
    /** The session of each shard id, once a sharded client identified; guild dispatches are routed by it. */
    private final Map<Integer, WebSocket> shards = new ConcurrentHashMap<>();
    private final Map<WebSocket, Integer> shardOfConnection = new ConcurrentHashMap<>();
    private final List<int[]> identifiedShards = new CopyOnWriteArrayList<>();
    private volatile int shardTotal;

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
        // events go out as they come, not held back for the client's delayed acknowledgement (see LoopbackHttpServer)
        setTcpNoDelay(true);
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

    /** The {@code [id, total]} of every sharded IDENTIFY, in order. */
    List<int[]> identifiedShards() {
        return List.copyOf(identifiedShards);
    }

    /** Sends the event; one about a guild goes to the session of the guild's shard when the client is sharded. */
    void dispatch(String type, DataObject data) {
        DataObject payload = DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet()).put("d", data);
        int total = shardTotal;
        String guild = data.getString("guild_id", "");
        if (total == 0 || guild.isEmpty()) {
            send(payload);
            return;
        }
        int shard = shardOf(guild, total);
        WebSocket session = shards.get(shard);
        if (session == null || !session.isOpen()) {
            problems.add("dispatch for shard " + shard + " without an open session: " + type);
            return;
        }
        sendTo(session, payload);
    }

    /** Closes one shard's session with a gateway close code; the other shards stay connected. */
    void closeShard(int shard, int code) {
        WebSocket session = shards.get(shard);
        if (session == null) {
            problems.add("closeShard(" + shard + ") without a session");
            return;
        }
        session.close(code, "closed by the fake gateway");
    }

    static int shardOf(String guildId, int total) {
        return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % total);
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
            case 2 -> identified(conn, payload.getObject("d"));
            case 6 -> resumed(conn, payload.getObject("d"));
            case 3, 4, 8 -> {
                // presence, voice state, member request: nothing to answer
            }
            default -> problems.add("unexpected opcode " + op);
        }
    }

    private void identified(WebSocket conn, DataObject identify) {
        identifies.incrementAndGet();
        if (refuseIdentifyWith != 0) {
            conn.close(refuseIdentifyWith, "refused by the fake gateway");
            return;
        }
        int[] shard = identify.optArray("shard").map(a -> new int[] {a.getInt(0), a.getInt(1)}).orElse(null);
        if (shard != null && shard[1] > 1) {
            identifiedShards.add(shard);
            shardTotal = shard[1];
            shards.put(shard[0], conn);
            shardOfConnection.put(conn, shard[0]);
        }
        sequence.set(0);
        List<DataObject> dispatches = readyDispatches.get();
        for (DataObject d : dispatches) {
            DataObject data = d.getObject("d");
            if (shard != null && shard[1] > 1 && !forShard(d.getString("t"), data, shard)) {
                continue;
            }
            sendTo(conn, DataObject.empty().put("op", 0).put("t", d.getString("t")).put("s", sequence.incrementAndGet())
                    .put("d", data));
        }
    }

    /** Narrows READY's guild list to the shard (and names the shard's session); false for another shard's guild. */
    private static boolean forShard(String type, DataObject data, int[] shard) {
        if ("READY".equals(type)) {
            DataArray mine = DataArray.empty();
            DataArray guilds = data.getArray("guilds");
            for (int i = 0; i < guilds.length(); i++) {
                if (shardOf(guilds.getObject(i).getString("id"), shard[1]) == shard[0]) {
                    mine.add(guilds.getObject(i));
                }
            }
            data.put("guilds", mine).put("session_id", SESSION_ID + "-" + shard[0])
                    .put("shard", DataArray.empty().add(shard[0]).add(shard[1]));
            return true;
        }
        return !"GUILD_CREATE".equals(type) || shardOf(data.getString("id"), shard[1]) == shard[0];
    }

    private void resumed(WebSocket conn, DataObject resume) {
        resumes.incrementAndGet();
        String session = resume.getString("session_id");
        if (session.startsWith(SESSION_ID + "-")) {
            int shard = Integer.parseInt(session.substring(SESSION_ID.length() + 1));
            shards.put(shard, conn);
            shardOfConnection.put(conn, shard);
        } else if (!SESSION_ID.equals(session)) {
            problems.add("RESUME with unknown session " + session);
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
        Integer shard = shardOfConnection.remove(conn);
        if (shard != null) {
            shards.remove(shard, conn);
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
