package dev.termbot.platform.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.termbot.testing.AppendOnlyLog;
import dev.termbot.testing.LoopbackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Slack Web API on 127.0.0.1 (JDK HttpServer) that answers the methods termbot uses and
 * records every call, including the {@code response_url} posts under {@code /respond/}. It can be
 * told who is an admin, who is in a user group, where the Socket Mode websocket is, to answer
 * one call of a method with HTTP 429 or a server error, to refuse a method for good, and to keep
 * one channel rate limited. {@code conversations.replies} answers with the posted messages of a
 * thread and their metadata, as Slack does.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String TEAM = "T0TERMBOT";
    static final String BOT_USER = "U0TERMBOT";
    static final String BOT_ID = "B0TERMBOT";
    static final String OTHER_BOT_ID = "B0OTHERBOT";
    static final String OTHER_BOT_USER = "U0OTHERBOT";
    static final String RESPOND = "respond";

    /**
     * One recorded request. {@code method} is the Web API method, or "respond" for response URLs;
     * {@code status} is the HTTP status, or 0 for a call {@link #refuse refused} with {@code ok: false}.
     */
    record Call(String method, String path, Map<String, List<String>> form, String body, String authorization,
                int status, long nanoTime) {
        String param(String name) {
            List<String> values = form.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The {@code blocks} form parameter of a Web API call, parsed. */
        JsonNode blocks() {
            try {
                return JSON.readTree(param("blocks"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    // as many threads as the bots' own senders may use at once, so the fake is never what a benchmark measures
    private final ExecutorService pool = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "fake-slack-api");
        t.setDaemon(true);
        return t;
    });
    private final AppendOnlyLog<Call> calls = new AppendOnlyLog<>();
    private final AppendOnlyLog<String> arrivals = new AppendOnlyLog<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final Map<String, List<String>> userGroups = new ConcurrentHashMap<>();
    private final Map<String, Integer> rateLimitOnce = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, Integer> failOnce = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final Map<String, Integer> limitedChannels = new ConcurrentHashMap<>();
    private final Map<String, Runnable> arrivalHooks = new ConcurrentHashMap<>();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    /** conversations.info: channel id to name, and which of them are group DMs (mpim). */
    private final Map<String, String> channelNames = new ConcurrentHashMap<>();
    private final Set<String> groupDms = ConcurrentHashMap.newKeySet();
    private volatile String oauthClient = "";
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);
    private volatile String socketModeUrl = "";

    FakeSlackApi() throws IOException {
        server = LoopbackHttpServer.create();
        server.setExecutor(pool);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
    }

    void admin(String userId) {
        admins.add(userId);
    }

    void userGroup(String groupId, String... members) {
        userGroups.put(groupId, List.of(members));
    }

    /** What {@code oauth.v2.access} hands out for one authorization code: a workspace's bot token. */
    record Grant(String team, String botToken, String botUserId) {
    }

    /** The OAuth client whose HTTP Basic credentials {@code oauth.v2.access} accepts (others get invalid_client). */
    void oauthClient(String clientId, String clientSecret) {
        oauthClient = "Basic " + java.util.Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code oauth.v2.access} with this code answers with the grant, once; an unknown or used code gets invalid_code. */
    void grant(String code, Grant grant) {
        grants.put(code, grant);
    }

    /** {@code conversations.info} of the channel answers this name; unknown channels answer {@code channel_not_found}. */
    void channel(String channel, String name) {
        channelNames.put(channel, name);
    }

    /** {@code conversations.info} of the channel answers a group DM (is_mpim) with this name. */
    void groupDm(String channel, String name) {
        channelNames.put(channel, name);
        groupDms.add(channel);
    }

    void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    /** The next call of {@code method} is answered with 429 and this Retry-After (seconds). */
    void rateLimitOnce(String method, int retryAfterSeconds) {
        rateLimitOnce.put(method, retryAfterSeconds);
    }

    /** The next call of {@code method} is answered with this HTTP status (a server error) and no JSON. */
    void failOnce(String method, int status) {
        failOnce.put(method, status);
    }

    /** Every call of {@code method} is answered {@code ok: false} with this error, as for a removed channel. */
    void refuse(String method, String error) {
        refused.put(method, error);
    }

    void accept(String method) {
        refused.remove(method);
    }

    /** Every {@code chat.postMessage} to the channel is answered 429 with this Retry-After until {@link #unlimit}. */
    void limitChannel(String channel, int retryAfterSeconds) {
        limitedChannels.put(channel, retryAfterSeconds);
    }

    void unlimit(String channel) {
        limitedChannels.remove(channel);
    }

    /** Runs {@code hook} on every call of {@code method} as it arrives, before it is answered. */
    void onArrival(String method, Runnable hook) {
        arrivalHooks.put(method, hook);
    }

    /** Calls of {@code method} wait (answer later) until {@link #release} is called. */
    void hold(String method) {
        held.put(method, new CountDownLatch(1));
    }

    void release(String method) {
        CountDownLatch latch = held.remove(method);
        if (latch != null) {
            latch.countDown();
        }
    }

    /** How many calls of {@code method} have arrived, answered or still held. */
    int arrived(String method) {
        return (int) arrivals.all().stream().filter(method::equals).count();
    }

    List<Call> calls() {
        return calls.all();
    }

    /** The calls from {@code index} on, in arrival order (what a reader that keeps its place has not seen yet). */
    List<Call> callsFrom(int index) {
        return calls.from(index);
    }

    List<Call> calls(String method) {
        return calls.all().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Successful (HTTP 200) calls of a method. */
    List<Call> delivered(String method) {
        return calls.all().stream().filter(c -> c.method().equals(method) && c.status() == 200).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> form = parseForm(body);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            arrivals.add(method);
            arrivalHooks.getOrDefault(method, () -> { }).run();
            awaitRelease(held.get(method));
            Integer retryAfter = rateLimitOnce.remove(method);
            String channel = first(form, "channel");
            if (retryAfter == null && "chat.postMessage".equals(method) && channel != null) {
                retryAfter = limitedChannels.get(channel);
            }
            if (retryAfter != null) {
                calls.add(new Call(method, exchange.getRequestURI().getPath(), form, body, auth, 429, System.nanoTime()));
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
                write(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            Integer failure = failOnce.remove(method);
            if (failure != null) {
                calls.add(new Call(method, exchange.getRequestURI().getPath(), form, body, auth, failure, System.nanoTime()));
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(failure, -1);
                return;
            }
            String error = refused.get(method);
            if (error != null) {
                // status 0: HTTP 200 with ok:false, so that delivered() never counts it
                calls.add(new Call(method, exchange.getRequestURI().getPath(), form, body, auth, 0, System.nanoTime()));
                write(exchange, 200, JSON.createObjectNode().put("ok", false).put("error", error).toString());
                return;
            }
            ObjectNode answer = "oauth.v2.access".equals(method) ? oauthAccess(form, auth) : answer(method, form);
            calls.add(new Call(method, exchange.getRequestURI().getPath(), form, body, auth, 200, System.nanoTime()));
            write(exchange, 200, answer.toString());
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(RESPOND, exchange.getRequestURI().getPath(), Map.of(), body,
                    exchange.getRequestHeaders().getFirst("Authorization"), 200, System.nanoTime()));
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ok);
            }
        }
    }

    private ObjectNode answer(String method, Map<String, List<String>> form) {
        ObjectNode out = JSON.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" -> out.put("url", "https://termbot-test.slack.com/").put("team", "termbot test")
                    .put("user", "termbot").put("team_id", TEAM).put("user_id", BOT_USER).put("bot_id", BOT_ID)
                    .put("is_enterprise_install", false);
            case "bots.info" -> {
                String bot = first(form, "bot");
                out.putObject("bot").put("id", bot).put("deleted", false).put("name", "some bot")
                        .put("user_id", BOT_ID.equals(bot) ? BOT_USER : OTHER_BOT_USER);
            }
            case "chat.postMessage" -> {
                String stamp = nextTs();
                out.put("channel", first(form, "channel")).put("ts", stamp);
                out.putObject("message").put("type", "message").put("ts", stamp).put("bot_id", BOT_ID)
                        .put("text", first(form, "text"));
            }
            case "chat.postEphemeral" -> out.put("message_ts", nextTs());
            case "chat.delete" -> out.put("channel", first(form, "channel")).put("ts", first(form, "ts"));
            case "chat.update" -> out.put("channel", first(form, "channel")).put("ts", first(form, "ts"))
                    .put("text", first(form, "text"));
            case "conversations.replies" -> {
                ArrayNode messages = out.putArray("messages");
                delivered("chat.postMessage").stream()
                        .filter(c -> first(form, "channel").equals(c.param("channel")) && first(form, "ts").equals(c.param("thread_ts")))
                        .forEach(c -> {
                            ObjectNode message = messages.addObject().put("type", "message").put("bot_id", BOT_ID)
                                    .put("thread_ts", c.param("thread_ts"));
                            if (c.param("metadata") != null) {
                                message.set("metadata", readJson(c.param("metadata")));
                            }
                        });
            }
            case "conversations.info" -> {
                String channel = first(form, "channel");
                if (!channelNames.containsKey(channel)) {
                    out.put("ok", false).put("error", "channel_not_found");
                } else {
                    boolean mpim = groupDms.contains(channel);
                    out.putObject("channel").put("id", channel).put("name", channelNames.get(channel))
                            .put("is_channel", !mpim).put("is_group", mpim).put("is_im", false).put("is_mpim", mpim)
                            .put("is_private", mpim);
                }
            }
            case "users.info" -> {
                String user = first(form, "user");
                boolean admin = admins.contains(user);
                out.putObject("user").put("id", user).put("team_id", TEAM).put("name", "person")
                        .put("is_admin", admin).put("is_owner", false).put("is_primary_owner", false)
                        .put("is_bot", false);
            }
            case "usergroups.users.list" -> {
                ArrayNode users = out.putArray("users");
                userGroups.getOrDefault(first(form, "usergroup"), List.of()).forEach(users::add);
            }
            case "apps.connections.open" -> {
                if (socketModeUrl.isEmpty()) {
                    out.put("ok", false).put("error", "invalid_auth");
                } else {
                    out.put("url", socketModeUrl);
                }
            }
            default -> {
                out.put("ok", false);
                out.put("error", "unknown_method");
            }
        }
        return out;
    }

    private ObjectNode oauthAccess(Map<String, List<String>> form, String auth) {
        ObjectNode out = JSON.createObjectNode();
        if (oauthClient.isEmpty() || !oauthClient.equals(auth)) {
            return out.put("ok", false).put("error", "invalid_client");
        }
        Grant grant = grants.remove(String.valueOf(first(form, "code")));
        if (grant == null) {
            return out.put("ok", false).put("error", "invalid_code");
        }
        out.put("ok", true).put("access_token", grant.botToken()).put("token_type", "bot")
                .put("scope", "channels:history,chat:write").put("bot_user_id", grant.botUserId()).put("app_id", "A0TERMBOT")
                .put("is_enterprise_install", false).putNull("enterprise");
        out.putObject("team").put("id", grant.team()).put("name", "workspace " + grant.team());
        out.putObject("authed_user").put("id", "U0INSTALLER");
        return out;
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        if (latch == null) {
            return;
        }
        try {
            // bounded so a forgotten release cannot hang the build
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String nextTs() {
        long value = ts.incrementAndGet();
        return value / 1_000_000 + "." + String.format("%06d", value % 1_000_000);
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void write(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return form;
    }
}
