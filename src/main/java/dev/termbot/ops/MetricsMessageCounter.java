package dev.termbot.ops;

import dev.termbot.core.MessageCounter;
import dev.termbot.core.Where;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts scanned messages per platform as {@code termbot_messages_scanned_total{platform}}.
 * Thread-safe and never throws (Micrometer counters do not).
 */
final class MetricsMessageCounter implements MessageCounter {
    private final MeterRegistry registry;

    MetricsMessageCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void scanned(Where where) {
        Counter.builder("termbot.messages.scanned")
                .description("Chat messages the bot looked at, with or without hits")
                .tag("platform", where.platform())
                .register(registry)
                .increment();
    }
}
