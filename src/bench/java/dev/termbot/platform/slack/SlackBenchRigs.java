package dev.termbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.MessageEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.termbot.e2e.Rig;
import dev.termbot.testing.LoopbackHttpServer;
import dev.termbot.core.Bot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The two Slack bots of the end-to-end benchmark, each on its own {@link FakeSlackApi}: termbot's
 * real {@link SlackPlatform} in HTTP mode, and a minimal Bolt app that only matches the phrase and
 * replies in the thread.
 */
public final class SlackBenchRigs {
    /** The minimal bot's HTTP threads: as many as termbot's endpoint may use at most. */
    private static final int MINIMAL_HTTP_THREADS = 8;
    private static final Pattern PHRASE = Pattern.compile("distillation attack", Pattern.CASE_INSENSITIVE);

    private SlackBenchRigs() {
    }

    /** termbot's Slack adapter on {@code bot}, started; owed notes are read from the bot's ledger. */
    public static Rig termbot(Bot bot) throws Exception {
        FakeSlackApi api = new FakeSlackApi();
        SlackPlatform platform = new SlackPlatform(bot, SlackSettings.defaults().withHttp("127.0.0.1", 0).withApiUrl(api.apiUrl()),
                new SlackCredentials(SlackBenchRig.TOKEN, SlackBenchRig.SECRET, ""), () -> "", Clock.systemUTC());
        platform.start();
        return new SlackBenchRig("termbot", api, platform.httpPort(),
                () -> bot.policy().ledger().unsent(PassiveNotes.PLATFORM).size(), platform::close);
    }

    /**
     * The minimal bot: Bolt's own request verification, one {@code message} event listener that posts
     * in the thread with the SDK's blocking client and then acknowledges (as Bolt's examples do), and
     * a JDK HTTP server in front, as Bolt 1.51 has no server adapter that resolves here.
     */
    public static Rig minimal() throws Exception {
        FakeSlackApi api = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        config.setStatsEnabled(false);
        Slack slack = Slack.getInstance(config);
        App app = new App(AppConfig.builder().slack(slack).signingSecret(SlackBenchRig.SECRET)
                .singleTeamBotToken(SlackBenchRig.TOKEN).build());
        app.event(MessageEvent.class, (payload, ctx) -> {
            if (payload.getEvent().getText() == null || !PHRASE.matcher(payload.getEvent().getText()).find()) {
                return ctx.ack();
            }
            ctx.client().chatPostMessage(r -> r.channel(payload.getEvent().getChannel())
                    .threadTs(payload.getEvent().getTs()).text("\u201cDistillation attack\u201d is contested: see the glossary."));
            return ctx.ack();
        });
        app.start();
        HttpServer server = LoopbackHttpServer.create();
        ExecutorService pool = Executors.newFixedThreadPool(MINIMAL_HTTP_THREADS);
        SlackRequestParser parser = new SlackRequestParser(app.config());
        server.createContext("/slack/events", exchange -> serve(exchange, parser, app));
        server.setExecutor(pool);
        server.start();
        return new SlackBenchRig("minimal", api, server.getAddress().getPort(), () -> 0, () -> {
            server.stop(0);
            pool.shutdownNow();
            app.stop();
            slack.close();
        });
    }

    private static void serve(HttpExchange exchange, SlackRequestParser parser, App app) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Response response = app.run(parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath()).queryString(Map.of())
                    .headers(new RequestHeaders(exchange.getRequestHeaders())).requestBody(body)
                    .remoteAddress("127.0.0.1").build()));
            byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }
}
