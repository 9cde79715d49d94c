package dev.termbot.ops;

import dev.termbot.testing.Dialects;
import dev.termbot.core.Bot;
import dev.termbot.core.EventKind;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Outcome;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.Where;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.Slowloris;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The ops endpoints over real HTTP on 127.0.0.1, fed by a real {@link Bot}. */
class OpsServerIT {
    private static final Where DISCORD = new Where("discord", "G1", "C1", "");
    private static final String RULE = TestKnowledge.RULE.id();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private OpsMetrics metrics;
    private OpsServer server;

    @BeforeEach
    void start() throws IOException {
        metrics = new OpsMetrics();
        server = OpsServer.start(0, metrics.registry());
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private PrometheusText scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return new PrometheusText(response.body());
    }

    @Test
    void it_listens_on_the_loopback_address_by_default() {
        assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void healthz_says_ok_while_the_process_runs() throws Exception {
        HttpResponse<String> response = get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok\n");
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
    }

    @Test
    void readyz_is_503_and_names_the_failing_check_until_it_passes() throws Exception {
        // GIVEN a database that is writable and a Slack connection that is still down
        AtomicBoolean slackConnected = new AtomicBoolean(false);
        server.addReadinessCheck("database", Readiness::ok);
        server.addReadinessCheck("slack", () -> slackConnected.get() ? Readiness.ok() : Readiness.notReady("not connected"));

        // WHEN readiness is asked THEN it is refused and says why
        HttpResponse<String> notReady = get("/readyz");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).isEqualTo("database: ok\nslack: not ready (not connected)\n");

        // WHEN Slack connects THEN the same endpoint reports ready
        slackConnected.set(true);
        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("database: ok\nslack: ok\n");
    }

    @Test
    void a_check_that_throws_counts_as_not_ready() throws Exception {
        server.addReadinessCheck("database", () -> {
            throw new IllegalStateException("disk full");
        });

        HttpResponse<String> response = get("/readyz");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("database: not ready (check failed: IllegalStateException)\n");
    }

    @Test
    void head_healthz_answers_200_without_a_body() throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/healthz")).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void readyz_is_answered_within_3_s_while_64_half_open_connections_are_held() throws Exception {
        server.addReadinessCheck("database", Readiness::ok);
        try (Slowloris attack = Slowloris.hold(server.port(), 64, "/readyz")) {
            // the probe's own timeout is the 3 s bound: a starved server fails it with HttpTimeoutException
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/readyz")).timeout(Duration.ofSeconds(3))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(attack.stillOpen()).isEqualTo(64);
        }
    }

    @Test
    void other_paths_are_404_and_other_methods_405() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(404);
        assertThat(get("/metrics/extra").statusCode()).isEqualTo(404);

        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/healthz")).POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(send(HttpRequest.newBuilder(uri("/metrics")).DELETE()).statusCode()).isEqualTo(405);
    }

    @Test
    void metrics_count_what_the_bot_did_exactly() throws Exception {
        // GIVEN a bot whose usage log and message counter report into the metrics
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        RecordingUsageLog stored = new RecordingUsageLog();
        Bot bot = new Bot(TestKnowledge::create, new InMemoryPolicyStore(), PolicySettings.DEFAULTS,
                metrics.usageLog(stored), clock, metrics.messageCounter());

        // WHEN a note is posted 250 ms after its message, a second mention is held back by the
        // cooldown, an ordinary message and a replay pass by, and two terms are looked up
        InboundMessage first = message("1", "alice", "is this a distillation attack?");
        Instant received = clock.instant();
        Outcome noted = bot.onMessage(first);
        clock.advance(Duration.ofMillis(250));
        bot.noteDelivered(first, noted.reply().orElseThrow(), received);
        bot.onMessage(message("2", "bob", "distillation attacks again"));
        bot.onMessage(message("3", "carol", "distillation is a standard technique"));
        bot.onMessage(message("2", "bob", "distillation attacks again"));
        bot.define(DISCORD, "dave", "distillation");
        bot.define(DISCORD, "dave", "no such term");

        // THEN every event reached the wrapped log, in order
        assertThat(stored.events()).extracting(UsageEvent::kind).containsExactly(
                EventKind.HIT, EventKind.REPLIED, EventKind.HIT, EventKind.SUPPRESSED, EventKind.DEFINE, EventKind.DEFINE);
        // AND /metrics shows the exact counts with platform and rule labels only
        PrometheusText text = scrape();
        Map<String, String> discordRule = Map.of("platform", "discord", "rule", RULE);
        assertThat(text.value("termbot_messages_scanned_total", Map.of("platform", "discord"))).hasValue(4.0);
        assertThat(text.value("termbot_hits_total", discordRule)).hasValue(2.0);
        assertThat(text.value("termbot_replies_total", discordRule)).hasValue(1.0);
        assertThat(text.value("termbot_suppressions_total",
                Map.of("platform", "discord", "rule", RULE, "reason", "cooldown"))).hasValue(1.0);
        assertThat(text.samples("termbot_suppressions_total", Map.of())).hasSize(1);
        assertThat(text.value("termbot_define_lookups_total", Map.of("platform", "discord", "result", "found"))).hasValue(1.0);
        assertThat(text.value("termbot_define_lookups_total", Map.of("platform", "discord", "result", "not_found"))).hasValue(1.0);
        assertThat(text.samples("termbot_hits_total", Map.of()))
                .allSatisfy(s -> assertThat(s.labels().keySet()).containsExactlyInAnyOrder("platform", "rule"));
    }

    @Test
    void reply_latency_is_a_histogram_with_buckets() throws Exception {
        // GIVEN one reply after 250 ms and one after 3 s
        try (MetricsUsageLog usage = metrics.usageLog(new RecordingUsageLog())) {
            usage.record(UsageEvent.replied(Instant.now(), DISCORD, "u1", RULE, "distillation-attack", 250));
            usage.record(UsageEvent.replied(Instant.now(), DISCORD, "u2", RULE, "distillation-attack", 3000));
        }

        // WHEN the metrics are scraped
        PrometheusText text = scrape();

        // THEN count and sum are exact and each bucket holds the replies at or below its bound
        Map<String, String> discord = Map.of("platform", "discord");
        assertThat(text.value("termbot_reply_latency_seconds_count", discord)).hasValue(2.0);
        assertThat(text.value("termbot_reply_latency_seconds_sum", discord)).hasValue(3.25);
        List<PrometheusText.Sample> buckets = text.samples("termbot_reply_latency_seconds_bucket", discord);
        assertThat(buckets).hasSizeGreaterThan(10);
        assertThat(text.value("termbot_reply_latency_seconds_bucket", Map.of("platform", "discord", "le", "+Inf"))).hasValue(2.0);
        assertThat(buckets).allSatisfy(bucket -> {
            double bound = Double.parseDouble(bucket.labels().get("le").replace("+Inf", "Infinity"));
            double expected = (bound >= 0.25 ? 1 : 0) + (bound >= 3.0 ? 1 : 0);
            assertThat(bucket.value()).as("bucket le=%s", bound).isEqualTo(expected);
        });
    }

    @Test
    void metrics_are_prometheus_text_with_jvm_basics() throws Exception {
        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        PrometheusText text = new PrometheusText(response.body());
        assertThat(text.value("jvm_memory_used_bytes", Map.of("area", "heap", "id", "G1 Eden Space"))).isPresent();
        assertThat(text.has("jvm_threads_live_threads")).isTrue();
        assertThat(text.has("jvm_gc_memory_allocated_bytes_total")).isTrue();
        assertThat(text.has("process_uptime_seconds")).isTrue();
        assertThat(text.value("system_cpu_count", Map.of()).orElseThrow()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(response.body()).contains("# TYPE jvm_threads_live_threads gauge");
    }

    @Test
    void bound_gauges_report_the_current_numbers() throws Exception {
        // GIVEN a usage-log queue and a platform connection whose numbers live elsewhere
        AtomicLong depth = new AtomicLong(7);
        AtomicLong failures = new AtomicLong(2);
        AtomicLong dropped = new AtomicLong(0);
        AtomicBoolean slack = new AtomicBoolean(true);
        metrics.bindUsageLogQueueDepth(depth::get);
        metrics.bindUsageLogWriteFailures(failures::get);
        metrics.bindUsageLogDropped(dropped::get);
        metrics.bindPlatformConnected("slack", slack::get);

        PrometheusText before = scrape();
        assertThat(before.value("termbot_usage_log_queue_depth", Map.of())).hasValue(7.0);
        assertThat(before.value("termbot_usage_log_write_failures_total", Map.of())).hasValue(2.0);
        assertThat(before.value("termbot_usage_log_dropped_total", Map.of())).hasValue(0.0);
        assertThat(before.value("termbot_platform_connected", Map.of("platform", "slack"))).hasValue(1.0);

        // WHEN the numbers change THEN the next scrape shows them
        depth.set(0);
        failures.incrementAndGet();
        dropped.set(5);
        slack.set(false);
        PrometheusText after = scrape();
        assertThat(after.value("termbot_usage_log_queue_depth", Map.of())).hasValue(0.0);
        assertThat(after.value("termbot_usage_log_write_failures_total", Map.of())).hasValue(3.0);
        assertThat(after.value("termbot_usage_log_dropped_total", Map.of())).hasValue(5.0);
        assertThat(after.value("termbot_platform_connected", Map.of("platform", "slack"))).hasValue(0.0);
    }

    @Test
    void closing_the_metrics_usage_log_closes_the_wrapped_log() {
        RecordingUsageLog stored = new RecordingUsageLog();

        metrics.usageLog(stored).close();

        assertThat(stored.closed()).isTrue();
    }

    private static InboundMessage message(String id, String user, String text) {
        return new InboundMessage(DISCORD, id, user, false, text, Dialects.DISCORD);
    }
}
