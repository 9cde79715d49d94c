package dev.termbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.Await;
import dev.termbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the cache asks the platform and writes the store. Its one worker runs tasks in order, so a
 * later "marker" lookup that completes proves that an earlier message queued no lookup of its own.
 */
class ChannelNameCacheTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Where GENERAL = new Where("slack", "T1", "C-general", "");
    private static final Where GENERAL_THREAD = new Where("slack", "T1", "C-general", "1714824000.000100");

    private final MutableClock clock = new MutableClock(T0);
    private final MapNames store = new MapNames();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final ChannelNameCache cache = new ChannelNameCache(store, clock, warnings::add);
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private int marker;

    /** The store, in memory. */
    private static final class MapNames implements ChannelNames {
        final Map<String, ChannelName> rows = new ConcurrentHashMap<>();
        final List<ChannelName> writes = new CopyOnWriteArrayList<>();

        final List<Integer> batches = new CopyOnWriteArrayList<>();

        @Override
        public void remember(ChannelName name) {
            writes.add(name);
            rows.put(name.channel(), name);
        }

        @Override
        public void rememberAll(List<ChannelName> names) {
            batches.add(names.size());
            ChannelNames.super.rememberAll(names);
        }

        @Override
        public Optional<ChannelName> find(String platform, String workspace, String channel) {
            return Optional.ofNullable(rows.get(channel));
        }
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void a_channel_is_asked_for_once_a_day_and_threads_count_for_their_channel() {
        cache.lookUpWhenDue(GENERAL, answer("C-general", "general"));
        cache.lookUpWhenDue(GENERAL_THREAD, answer("C-general", "general"));
        drain();
        assertThat(asked).containsExactly("C-general");
        assertThat(store.rows.get("C-general")).isEqualTo(new ChannelName("slack", "T1", "C-general", "general", T0));

        clock.advance(ChannelNameCache.REFRESH.minusMinutes(1));
        cache.lookUpWhenDue(GENERAL, answer("C-general", "general"));
        drain();
        assertThat(asked).containsExactly("C-general");

        // a day later the name is asked for again, and a rename is stored
        clock.advance(Duration.ofMinutes(2));
        cache.lookUpWhenDue(GENERAL, answer("C-general", "ai-talk"));
        drain();
        assertThat(asked).containsExactly("C-general", "C-general");
        assertThat(store.rows.get("C-general").name()).isEqualTo("ai-talk");
    }

    @Test
    void a_failed_lookup_is_tried_again_after_an_hour_not_before() {
        cache.lookUpWhenDue(GENERAL, () -> {
            asked.add("C-general");
            return Optional.empty();
        });
        drain();
        clock.advance(ChannelNameCache.RETRY.minusMinutes(1));
        cache.lookUpWhenDue(GENERAL, answer("C-general", "general"));
        drain();
        assertThat(asked).containsExactly("C-general");
        assertThat(store.rows).doesNotContainKey("C-general");

        clock.advance(Duration.ofMinutes(2));
        cache.lookUpWhenDue(GENERAL, answer("C-general", "general"));
        drain();
        assertThat(asked).containsExactly("C-general", "C-general");
        assertThat(store.rows.get("C-general").name()).isEqualTo("general");
    }

    @Test
    void a_fresh_stored_name_spares_the_lookup_and_a_stale_one_does_not() {
        store.rows.put("C-general", new ChannelName("slack", "T1", "C-general", "general", T0.minus(Duration.ofHours(23))));
        store.rows.put("C-old", new ChannelName("slack", "T1", "C-old", "old", T0.minus(Duration.ofHours(25))));

        cache.lookUpWhenDue(GENERAL, answer("C-general", "general"));
        cache.lookUpWhenDue(new Where("slack", "T1", "C-old", ""), answer("C-old", "renamed"));
        drain();

        assertThat(asked).containsExactly("C-old");
        assertThat(store.rows.get("C-old").name()).isEqualTo("renamed");
    }

    @Test
    void names_from_events_are_written_when_new_changed_or_a_day_old() {
        cache.seen(GENERAL, "general");
        cache.seen(GENERAL_THREAD, "general");
        cache.seen(GENERAL, "general");
        cache.seen(GENERAL, "ai-talk");
        clock.advance(ChannelNameCache.REFRESH);
        cache.seen(GENERAL, "ai-talk");
        cache.seen(GENERAL, "");
        drain();

        assertThat(store.writes).extracting(ChannelName::name, ChannelName::seenAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("general", T0), org.assertj.core.groups.Tuple.tuple("ai-talk", T0),
                org.assertj.core.groups.Tuple.tuple("ai-talk", T0.plus(ChannelNameCache.REFRESH)));
    }

    @Test
    void names_seen_while_the_worker_is_busy_are_written_together_in_one_call() throws Exception {
        // GIVEN the worker busy with a slow lookup
        java.util.concurrent.CountDownLatch lookupStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        cache.lookUpWhenDue(new Where("slack", "T1", "C-slow", ""), () -> {
            lookupStarted.countDown();
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of("slow");
        });
        lookupStarted.await();

        // WHEN a burst of messages arrives in 100 channels new to the cache
        for (int i = 0; i < 100; i++) {
            cache.seen(new Where("discord", "G1", "C" + i, ""), "channel-" + i);
        }
        answer.countDown();
        drain();

        // THEN their names are written in one call, in the order they were seen
        assertThat(store.batches).containsExactly(100);
        assertThat(store.writes).extracting(ChannelName::channel).startsWith("C-slow", "C0", "C1").endsWith("C99");
    }

    @Test
    void a_store_that_keeps_nothing_is_never_asked_and_a_failing_store_only_warns() {
        try (ChannelNameCache none = new ChannelNameCache(ChannelNames.NONE, clock, warnings::add)) {
            none.lookUpWhenDue(GENERAL, answer("C-general", "general"));
            none.seen(GENERAL, "general");
            assertThat(none.keeps()).isFalse();
        }
        ChannelNames broken = new ChannelNames() {
            @Override
            public void remember(ChannelName name) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public Optional<ChannelName> find(String platform, String workspace, String channel) {
                return Optional.empty();
            }
        };
        try (ChannelNameCache failing = new ChannelNameCache(broken, clock, warnings::add)) {
            failing.seen(GENERAL, "general");
            Await.until("a warning", () -> warnings.size() == 1);
            // a write that failed is tried again with the next message, not a day later
            failing.seen(GENERAL, "general");
            Await.until("a second warning", () -> warnings.size() == 2);
        }
        assertThat(asked).isEmpty();
        assertThat(warnings).allSatisfy(warning -> assertThat(warning).contains("could not record a channel name", "disk full"));
    }

    private java.util.function.Supplier<Optional<String>> answer(String channel, String name) {
        return () -> {
            asked.add(channel);
            return Optional.of(name);
        };
    }

    /** Queues a lookup on a channel of its own and waits for it: everything queued before has run. */
    private void drain() {
        String channel = "marker-" + marker++;
        cache.lookUpWhenDue(new Where("test", "", channel, ""), () -> Optional.of("marker"));
        Await.until("the worker reached " + channel, () -> store.rows.containsKey(channel));
        store.rows.remove(channel);
        store.writes.removeIf(name -> name.channel().startsWith("marker-"));
    }
}
