package dev.termbot.ops;

import dev.termbot.core.UsageEvent;
import dev.termbot.core.UsageLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;

/**
 * A {@link UsageLog} decorator that counts every event into Micrometer and then hands it to the
 * wrapped log: hits, replies and suppressions by platform and rule (suppressions also by reason),
 * {@code /define} lookups by platform and result, and the event-to-reply latency as a histogram.
 *
 * <p>Labels are platform and rule ids only (both bounded by configuration), never channel, workspace
 * or user, so the number of series stays small. Thread-safe; like every usage log it never throws
 * from {@link #record}.
 */
public final class MetricsUsageLog implements UsageLog {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsUsageLog.class);
    /** The label value used when an event names no rule. */
    static final String NO_RULE = "none";

    private final UsageLog delegate;
    private final MeterRegistry registry;

    public MetricsUsageLog(UsageLog delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void record(UsageEvent event) {
        try {
            count(event);
        } catch (RuntimeException e) {
            // metrics are a view on usage; losing one count must not lose the event itself
            LOG.warn("Could not count a usage event: {}", e.toString());
        }
        delegate.record(event);
    }

    /** Closes (flushes) the wrapped log. */
    @Override
    public void close() {
        delegate.close();
    }

    private void count(UsageEvent event) {
        String platform = event.where().platform();
        String rule = event.ruleId().isEmpty() ? NO_RULE : event.ruleId();
        switch (event.kind()) {
            case HIT -> counter("termbot.hits", "Watched phrases found in messages", platform)
                    .tag("rule", rule).register(registry).increment();
            case REPLIED -> {
                counter("termbot.replies", "Notes posted", platform).tag("rule", rule).register(registry).increment();
                if (event.latencyMs() >= 0) {
                    latency(platform).record(Duration.ofMillis(event.latencyMs()));
                }
            }
            case SUPPRESSED -> counter("termbot.suppressions", "Notes not posted although a rule fired", platform)
                    .tag("rule", rule)
                    .tag("reason", event.reason() == null ? "unknown" : event.reason().key())
                    .register(registry).increment();
            case DEFINE -> counter("termbot.define.lookups", "/define lookups", platform)
                    .tag("result", event.found() ? "found" : "not_found")
                    .register(registry).increment();
        }
    }

    private static Counter.Builder counter(String name, String description, String platform) {
        return Counter.builder(name).description(description).tag("platform", platform);
    }

    private Timer latency(String platform) {
        return Timer.builder("termbot.reply.latency")
                .description("Time from receiving a message to posting the note")
                .tag("platform", platform)
                .publishPercentileHistogram()
                // chat replies take milliseconds to seconds; bounding the range keeps the bucket count modest
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }
}
