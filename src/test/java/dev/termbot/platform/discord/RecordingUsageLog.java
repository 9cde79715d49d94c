package dev.termbot.platform.discord;

import dev.termbot.core.EventKind;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.UsageLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A usage log that keeps every event in memory so tests can see what the core recorded. Thread-safe. */
final class RecordingUsageLog implements UsageLog {
    private final List<UsageEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(UsageEvent event) {
        events.add(event);
    }

    @Override
    public void close() {
        // nothing buffered
    }

    List<UsageEvent> events() {
        return List.copyOf(events);
    }

    List<UsageEvent> of(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    List<UsageEvent> suppressed(SuppressionReason reason) {
        return events.stream().filter(e -> e.kind() == EventKind.SUPPRESSED && e.reason() == reason).toList();
    }
}
