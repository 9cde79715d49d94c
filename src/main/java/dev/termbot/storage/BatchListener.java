package dev.termbot.storage;

import dev.termbot.core.UsageEvent;
import java.util.List;

/**
 * Told about each batch just before its transaction commits, on the writer thread. Production uses
 * {@link #NONE}; the crash test uses it to learn which batch boundaries existed, so it can show that
 * a kill never leaves part of a batch behind.
 */
@FunctionalInterface
interface BatchListener {
    BatchListener NONE = batch -> {
    };

    void beforeCommit(List<UsageEvent> batch);
}
