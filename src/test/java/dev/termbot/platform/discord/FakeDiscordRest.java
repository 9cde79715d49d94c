package dev.termbot.platform.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.termbot.testing.AppendOnlyLog;
import dev.termbot.testing.LoopbackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The REST half of the fake Discord: a JDK HTTP server on 127.0.0.1 under {@code /api/v10/} that
 * answers what termbot calls and records every request (method, path, body, status). It keeps the
 * messages it knows (dispatched by the test or posted by the bot) so the bot can fetch them again,
 * with the reactions the bot added.
 *
 * <p>Thread-safe: the server runs handlers on its own pool; all state is in concurrent collections.
 */
final class FakeDiscordRest {
    static final String PREFIX = "/api/v10";
    private static final Pattern MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
    private static final Pattern ONE_MESSAGE = Pattern.compile("/channels/(\\d+)/messages/(\\d+)");
    private static final Pattern OWN_REACTION = Pattern.compile("/channels/(\\d+)/messages/(\\d+)/reactions/([^/]+)/@me");
    private static final Pattern COMMANDS = Pattern.compile("/applications/(\\d+)(/guilds/(\\d+))?/commands");
    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("/webhooks/(\\d+)/([^/]+)/messages/([^/]+)");

    private final DataObject botUser;
    private final String gatewayUrl;
    private final HttpServer server;
    // as many threads as the bots' own senders may use at once, so the fake is never what a benchmark measures
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final AppendOnlyLog<RecordedRequest> requests = new AppendOnlyLog<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<String, DataObject> messages = new ConcurrentHashMap<>();
    private final AppendOnlyLog<DataObject> posted = new AppendOnlyLog<>();
    private final java.util.Set<String> refusedChannels = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger failNextMessagePost = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, String> ownReactions = new ConcurrentHashMap<>();
    private final AtomicBoolean rateLimitNextMessagePost = new AtomicBoolean();
    private final AtomicBoolean refuseDirectMessages = new AtomicBoolean();
    private final java.util.Set<String> dmChannels = ConcurrentHashMap.newKeySet();
    private final Snowflakes ids;
    private volatile double retryAfterSeconds;
    /** Null: every request and posted message is kept for the test to read; else see {@link #streamTo}. */
    private volatile Consumer<RecordedRequest> listener;

    FakeDiscordRest(DataObject botUser, String gatewayUrl, Snowflakes ids) throws IOException {
        this.botUser = botUser;
        this.gatewayUrl = gatewayUrl;
        this.ids = ids;
        this.server = LoopbackHttpServer.create();
        server.createContext(PREFIX + "/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + "/";
    }

    List<RecordedRequest> requests() {
        return requests.all();
    }

    /**
     * For the benchmark: hands every request to {@code listener} as it arrives instead of keeping
     * it, and keeps no posted message, so a long run holds no growing history (whose garbage
     * collections would land in the bots' timings). {@link #requests} and {@link #posted} stay empty.
     */
    void streamTo(Consumer<RecordedRequest> listener) {
        this.listener = listener;
    }

    /** Makes the next {@code POST /channels/{id}/messages} fail with 429 and this {@code retry_after}. */
    void rateLimitNextMessagePost(double retryAfter) {
        this.retryAfterSeconds = retryAfter;
        rateLimitNextMessagePost.set(true);
    }

    /** Makes the next {@code POST /channels/{id}/messages} fail with this server error (JDA does not retry a 500). */
    void failNextMessagePost(int status) {
        failNextMessagePost.set(status);
    }

    /** Makes every message post to this channel fail as Discord does once the bot lost access (403, 50001). */
    void refuseMessagePostsTo(String channelId) {
        refusedChannels.add(channelId);
    }

    /** Makes every message post to a DM channel fail as Discord does for users who do not accept DMs (403, 50007). */
    void refuseDirectMessages() {
        refuseDirectMessages.set(true);
    }

    /** The messages the bot posted to a channel, as stored (with their ids), oldest first. */
    List<DataObject> postedTo(String channelId) {
        return posted.all().stream().filter(m -> channelId.equals(m.getString("channel_id"))).toList();
    }

    /** Lets the bot fetch a message the test dispatched through the gateway. */
    void remember(DataObject message) {
        messages.put(message.getString("id"), message);
    }

    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** Handler failures (a bug in the fake); tests assert there are none. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange);
        } catch (RuntimeException | IOException e) {
            // the JDK server would just drop the connection; keep the cause for the test
            problems.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
            throw e;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        // the raw path, as sent: emoji in reaction paths stay percent-encoded
        String path = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        // when the request arrived, not when this fake had stored it: the benchmark times the bot, not the fake
        long arrived = System.nanoTime();
        Answer answer = route(method, path, body);
        RecordedRequest request = new RecordedRequest(method, path, body, answer.status(), arrived);
        Consumer<RecordedRequest> streaming = listener;
        if (streaming != null) {
            streaming.accept(request);
        } else {
            requests.add(request);
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (answer.body().isEmpty()) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private record Answer(int status, String body, Map<String, String> headers) {
        static Answer json(Object json) {
            return new Answer(200, json.toString(), Map.of());
        }

        static Answer noContent() {
            return new Answer(204, "", Map.of());
        }
    }

    private Answer route(String method, String path, String body) {
        Matcher m;
        if (method.equals("GET") && path.equals("/users/@me")) {
            return Answer.json(botUser);
        }
        if (method.equals("GET") && (path.equals("/gateway/bot") || path.equals("/gateway"))) {
            return Answer.json(DataObject.empty().put("url", gatewayUrl).put("shards", 1)
                    .put("session_start_limit", DataObject.empty().put("total", 1000).put("remaining", 1000)
                            .put("reset_after", 0).put("max_concurrency", 1)));
        }
        if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            return Answer.json(registeredCommands(m.group(1), m.group(3), DataArray.fromJson(body)));
        }
        if (method.equals("POST") && (m = MESSAGES.matcher(path)).matches()) {
            return postMessage(m.group(1), DataObject.fromJson(body));
        }
        if (method.equals("PATCH") && (m = WEBHOOK_MESSAGE.matcher(path)).matches()) {
            // an interaction's message edited through its token (@original: the message the component is on)
            return Answer.json(editedMessage("0", m.group(3).equals("@original") ? ids.next() : m.group(3), DataObject.fromJson(body)));
        }
        if (method.equals("GET") && (m = ONE_MESSAGE.matcher(path)).matches()) {
            return fetchMessage(m.group(2));
        }
        if (method.equals("DELETE") && (m = ONE_MESSAGE.matcher(path)).matches()) {
            return messages.remove(m.group(2)) != null ? Answer.noContent()
                    : new Answer(404, DataObject.empty().put("message", "Unknown Message").put("code", 10008).toString(), Map.of());
        }
        if (method.equals("PUT") && (m = OWN_REACTION.matcher(path)).matches()) {
            ownReactions.put(m.group(2), java.net.URLDecoder.decode(m.group(3), StandardCharsets.UTF_8));
            return Answer.noContent();
        }
        if (method.equals("POST") && path.equals("/users/@me/channels")) {
            return Answer.json(dmChannel(DataObject.fromJson(body).getString("recipient_id")));
        }
        if (method.equals("POST") && CALLBACK.matcher(path).matches()) {
            return Answer.noContent();
        }
        if (method.equals("POST") && (m = WEBHOOK.matcher(path)).matches()) {
            return Answer.json(storedMessage("0", DataObject.fromJson(body)));
        }
        return new Answer(404, DataObject.empty().put("message", "Unknown route").put("code", 0).toString(), Map.of());
    }

    private DataArray registeredCommands(String applicationId, String guildId, DataArray sent) {
        DataArray echoed = DataArray.empty();
        for (int i = 0; i < sent.length(); i++) {
            DataObject command = sent.getObject(i).put("id", ids.next())
                    .put("application_id", applicationId).put("version", "1");
            if (!command.hasKey("type")) {
                command.put("type", 1);
            }
            if (guildId != null) {
                command.put("guild_id", guildId);
            }
            echoed.add(command);
        }
        return echoed;
    }

    private Answer postMessage(String channelId, DataObject sent) {
        if (refuseDirectMessages.get() && dmChannels.contains(channelId)) {
            return new Answer(403, DataObject.empty().put("message", "Cannot send messages to this user")
                    .put("code", 50007).toString(), Map.of());
        }
        if (refusedChannels.contains(channelId)) {
            return new Answer(403, DataObject.empty().put("message", "Missing Access").put("code", 50001).toString(), Map.of());
        }
        int failure = failNextMessagePost.getAndSet(0);
        if (failure != 0) {
            return new Answer(failure, DataObject.empty().put("message", "500: Internal Server Error").put("code", 0).toString(),
                    Map.of());
        }
        if (rateLimitNextMessagePost.compareAndSet(true, false)) {
            String retry = Double.toString(retryAfterSeconds);
            return new Answer(429, DataObject.empty().put("message", "You are being rate limited.")
                    .put("retry_after", retryAfterSeconds).put("global", false).toString(),
                    Map.of("Retry-After", Integer.toString((int) Math.ceil(retryAfterSeconds)),
                            "X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "0",
                            "X-RateLimit-Reset-After", retry, "X-RateLimit-Bucket", "fake-bucket",
                            "X-RateLimit-Scope", "user", "Via", "1.1 google"));
        }
        // like Discord, every answer on a rate-limited route says how much of the bucket is left
        return new Answer(200, storedMessage(channelId, sent).toString(), Map.of("X-RateLimit-Limit", "5",
                "X-RateLimit-Remaining", "4", "X-RateLimit-Reset-After", "1.0", "X-RateLimit-Bucket", "fake-bucket"));
    }

    private DataObject storedMessage(String channelId, DataObject sent) {
        String id = ids.next();
        DataArray embeds = DataArray.empty();
        // Discord answers with the embeds it stored, which always carry a type
        sent.optArray("embeds").ifPresent(array -> {
            for (int i = 0; i < array.length(); i++) {
                embeds.add(array.getObject(i).put("type", "rich"));
            }
        });
        DataObject message = DiscordPayloads.message(id, null, channelId, botUser, sent.getString("content", ""))
                .put("embeds", embeds)
                .put("components", sent.optArray("components").orElseGet(DataArray::empty))
                .put("flags", sent.getInt("flags", 0));
        if (listener == null) {
            messages.put(id, message);
            posted.add(message);
        }
        return message;
    }

    /** An edit of a message the bot posted (through an interaction's token): the message as Discord answers. */
    private DataObject editedMessage(String channelId, String messageId, DataObject sent) {
        DataArray embeds = DataArray.empty();
        sent.optArray("embeds").ifPresent(array -> {
            for (int i = 0; i < array.length(); i++) {
                embeds.add(array.getObject(i).put("type", "rich"));
            }
        });
        DataObject message = DiscordPayloads.message(messageId, null, channelId, botUser, sent.getString("content", ""))
                .put("embeds", embeds)
                .put("components", sent.optArray("components").orElseGet(DataArray::empty))
                .put("edited_timestamp", DiscordPayloads.TIMESTAMP);
        messages.put(messageId, message);
        return message;
    }

    private Answer fetchMessage(String messageId) {
        DataObject message = messages.get(messageId);
        if (message == null) {
            return new Answer(404, DataObject.empty().put("message", "Unknown Message").put("code", 10008).toString(), Map.of());
        }
        DataObject copy = DataObject.fromJson(message.toString());
        Optional.ofNullable(ownReactions.get(messageId)).ifPresent(emoji -> copy.put("reactions", DataArray.empty()
                .add(DataObject.empty().put("count", 2).put("me", true).put("me_burst", false)
                        .put("count_details", DataObject.empty().put("burst", 0).put("normal", 2))
                        .put("burst_colors", DataArray.empty())
                        .put("emoji", DataObject.empty().putNull("id").put("name", emoji)))));
        return Answer.json(copy);
    }

    private DataObject dmChannel(String recipientId) {
        String id = ids.next();
        dmChannels.add(id);
        return DataObject.empty().put("id", id).put("type", 1)
                .putNull("last_message_id").put("flags", 0)
                .put("recipients", DataArray.empty().add(DiscordPayloads.user(recipientId, "user-" + recipientId, false)));
    }
}
