package dev.termbot.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a fake server received, in arrival order: appending costs the same however long the log
 * is, and reads return copies. Why not a {@code CopyOnWriteArrayList}: that copies the whole list
 * on every append, and in the end-to-end benchmark (tens of thousands of requests, read while the
 * bots run) the fakes themselves became the largest allocator and lengthened the collector's pauses
 * in the bots' measurements. Thread-safe.
 */
public final class AppendOnlyLog<T> {
    private final List<T> items = new ArrayList<>();

    public synchronized void add(T item) {
        items.add(item);
    }

    public synchronized List<T> all() {
        return List.copyOf(items);
    }

    /** The items from {@code index} on (empty when there are none yet): a reader that keeps its place copies only what is new. */
    public synchronized List<T> from(int index) {
        return index >= items.size() ? List.of() : List.copyOf(items.subList(index, items.size()));
    }

    public synchronized int size() {
        return items.size();
    }
}
