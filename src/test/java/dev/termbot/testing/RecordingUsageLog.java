package dev.termbot.testing;

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

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
