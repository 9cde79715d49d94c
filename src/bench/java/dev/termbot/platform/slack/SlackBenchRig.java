package dev.termbot.platform.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.e2e.Rig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * A Slack bot in HTTP mode behind a {@link FakeSlackApi}: the benchmark plays Slack, posting
 * signed {@code message} events to the bot's {@code /slack/events} (the signature made here, over
 * the bytes sent) and reading the {@code chat.postMessage} calls the fake recorded. A reply is
 * matched to its message by {@code thread_ts}, which both bots set to the message's {@code ts}.
 * Thread-safe.
 */
final class SlackBenchRig implements Rig {
    static final String SECRET = "fake0signing0secret0for0bench000";
    // split so that secret scanners never mistake it for a real token
    static final String TOKEN = "xox" + "b-0000000000-fake-bot-token-for-bench";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One counter for every rig in the JVM: a ts and an event id are never reused, not even across bots. */
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final int CHANNELS = 100_000;

    private final String bot;
    private final FakeSlackApi api;
    private final URI endpoint;
    private final IntSupplier owed;
    private final AutoCloseable stop;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Long>> replies = new ConcurrentHashMap<>();
    private int seen;

    SlackBenchRig(String bot, FakeSlackApi api, int port, IntSupplier owed, AutoCloseable stop) {
        this.bot = bot;
        this.api = api;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.owed = owed;
        this.stop = stop;
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public String bot() {
        return bot;
    }

    @Override
    public int channels() {
        return CHANNELS;
    }

    @Override
    public Sent send(int slot, String text) {
        long n = SEQUENCE.incrementAndGet();
        String ts = "1700000000." + String.format("%06d", n);
        byte[] body = event(n, "C" + (10_000_000 + slot), "U" + (10_000_000 + n % 1_000_000), ts, text)
                .getBytes(StandardCharsets.UTF_8);
        String stamp = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", stamp)
                .header("X-Slack-Signature", SignedPoster.sign(SECRET, stamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Sent(ts, start, System.nanoTime() - start, response.statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized Map<String, List<Long>> replies() {
        // only what arrived since the last look (see DiscordBenchRig#replies)
        List<FakeSlackApi.Call> calls = api.callsFrom(seen);
        seen += calls.size();
        for (FakeSlackApi.Call call : calls) {
            if (call.method().equals("chat.postMessage") && call.status() == 200 && call.param("thread_ts") != null) {
                replies.computeIfAbsent(call.param("thread_ts"), k -> new CopyOnWriteArrayList<>()).add(call.nanoTime());
            }
        }
        // a live read-only view: polling it costs nothing, so the benchmark does not slow the bots it times
        return Collections.unmodifiableMap(replies);
    }

    @Override
    public int owed() {
        return owed.getAsInt();
    }

    @Override
    public void close() {
        try {
            stop.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the " + bot + " Slack bot", e);
        } finally {
            api.close();
        }
    }

    private static String event(long n, String channel, String user, String ts, String text) {
        ObjectNode payload = JSON.createObjectNode().put("token", "unused").put("team_id", FakeSlackApi.TEAM)
                .put("api_app_id", "A0TERMBOT").put("type", "event_callback").put("event_id", "Ev" + n)
                .put("event_time", Instant.now().getEpochSecond());
        payload.putObject("event").put("type", "message").put("channel", channel).put("user", user).put("text", text)
                .put("ts", ts).put("event_ts", ts).put("channel_type", "channel");
        return payload.toString();
    }
}
