package dev.termbot.testing;

import dev.termbot.core.EventKind;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.UsageLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A usage log that keeps every event in memory so tests can look at them. Thread-safe. */
public final class RecordingUsageLog implements UsageLog {
    private final List<UsageEvent> events = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    @Override
    public void record(UsageEvent event) {
        events.add(event);
    }

    public List<UsageEvent> events() {
        return List.copyOf(events);
    }

    public List<UsageEvent> of(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    public long count(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    public List<UsageEvent> suppressed(SuppressionReason reason) {
        return events.stream().filter(e -> e.kind() == EventKind.SUPPRESSED && e.reason() == reason).toList();
    }

    /** Whether a note was suppressed for this reason in this channel. */
    public boolean suppressed(String channel, SuppressionReason reason) {
        return suppressed(reason).stream().anyMatch(e -> e.where().channel().equals(channel));
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
