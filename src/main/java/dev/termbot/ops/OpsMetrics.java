package dev.termbot.ops;

import dev.termbot.core.MessageCounter;
import dev.termbot.core.UsageLog;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * termbot's metrics in one place: owns the Prometheus registry that {@link OpsServer} serves, binds
 * the JVM basics (memory, GC, threads, CPU, uptime) when created, hands out the counting
 * {@link UsageLog} decorator and {@link MessageCounter}, and binds the gauges whose numbers live
 * elsewhere (usage-log queue, platform connections) through plain suppliers, so this package never
 * depends on storage or a platform.
 *
 * <p>Thread-safe. Binding the same metric (same name and platform) twice keeps the first binding.
 */
public final class OpsMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    // FunctionCounter holds its source weakly; these references keep a lambda source alive
    private final List<Object> sources = new CopyOnWriteArrayList<>();

    /** A fresh registry with the JVM metrics bound. */
    public OpsMetrics() {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The registry to give to {@link OpsServer#start}. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Wraps the real usage log so every event is also counted. */
    public MetricsUsageLog usageLog(UsageLog delegate) {
        return new MetricsUsageLog(delegate, registry);
    }

    /** Counts scanned messages; pass it to the six-argument {@code Bot} constructor. */
    public MessageCounter messageCounter() {
        return new MetricsMessageCounter(registry);
    }

    /** {@code termbot_usage_log_queue_depth}: events waiting to be written. */
    public void bindUsageLogQueueDepth(LongSupplier depth) {
        Objects.requireNonNull(depth, "depth");
        Gauge.builder("termbot.usage.log.queue.depth", depth, LongSupplier::getAsLong)
                .description("Usage events waiting to be written")
                .strongReference(true)
                .register(registry);
    }

    /** {@code termbot_usage_log_write_failures_total}: failed batch writes since start (never decreasing). */
    public void bindUsageLogWriteFailures(LongSupplier failures) {
        monotonic("termbot.usage.log.write.failures", "Usage-log writes that failed", failures);
    }

    /** {@code termbot_usage_log_dropped_total}: events dropped because the queue was full (never decreasing). */
    public void bindUsageLogDropped(LongSupplier dropped) {
        monotonic("termbot.usage.log.dropped", "Usage events dropped because the queue was full", dropped);
    }

    /** {@code termbot_platform_connected{platform}}: 1 while the platform is connected, else 0. */
    public void bindPlatformConnected(String platform, BooleanSupplier connected) {
        Objects.requireNonNull(connected, "connected");
        Gauge.builder("termbot.platform.connected", connected, c -> c.getAsBoolean() ? 1 : 0)
                .description("1 while the platform connection is up, else 0")
                .tag("platform", Objects.requireNonNull(platform, "platform"))
                .strongReference(true)
                .register(registry);
    }

    /** The metrics in Prometheus text format, as {@code /metrics} serves them. */
    public String scrape() {
        return registry.scrape();
    }

    /** Detaches the GC listeners and closes the registry. */
    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    private void monotonic(String name, String description, LongSupplier source) {
        Objects.requireNonNull(source, "source");
        sources.add(source);
        FunctionCounter.builder(name, source, LongSupplier::getAsLong)
                .description(description)
                .register(registry);
    }
}
