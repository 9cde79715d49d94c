package dev.termbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import dev.termbot.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryLanesTest {
    private static final Duration LONG = Duration.ofHours(1);

    private final DeliveryLanes lanes = new DeliveryLanes("test", 1, 3);
    private final List<String> log = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        lanes.drain(Duration.ZERO);
    }

    @Test
    void a_lane_waiting_for_a_retry_holds_no_worker_and_keeps_its_order() throws Exception {
        // GIVEN one worker, and a job in lane A that asks to retry in an hour
        lanes.submit("A", job("a1", n -> DeliveryLanes.Attempt.retryAfter(LONG)));
        lanes.submit("A", job("a2", n -> DeliveryLanes.Attempt.DONE));
        CountDownLatch laneB = new CountDownLatch(1);

        // WHEN a job in lane B comes
        lanes.submit("B", job("b1", n -> {
            laneB.countDown();
            return DeliveryLanes.Attempt.DONE;
        }));

        // THEN the only worker runs it while A waits, and A's second job waits behind A's first
        assertThat(laneB.await(20, TimeUnit.SECONDS)).isTrue();
        // b1 counts itself done just after its latch opens: wait for that, not a moment
        Await.until("b1 is done and only A's two jobs remain", () -> lanes.outstanding() == 2);
        assertThat(log).containsExactly("a1#1", "b1#1");
    }

    @Test
    void a_retried_job_runs_again_and_gives_up_after_its_attempts() throws Exception {
        CountDownLatch gaveUp = new CountDownLatch(1);
        lanes.submit("A", new DeliveryLanes.Job() {
            @Override
            public DeliveryLanes.Attempt attempt(int number) {
                log.add("a#" + number);
                return DeliveryLanes.Attempt.retryAfter(Duration.ofMillis(1));
            }

            @Override
            public void gaveUp() {
                gaveUp.countDown();
            }
        });
        CountDownLatch next = new CountDownLatch(1);
        lanes.submit("A", job("a2", n -> {
            next.countDown();
            return DeliveryLanes.Attempt.DONE;
        }));

        assertThat(gaveUp.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(next.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(log).containsExactly("a#1", "a#2", "a#3", "a2#1");
    }

    @Test
    void drain_stops_taking_jobs_and_leaves_unfinished_ones_uncompleted() throws Exception {
        AtomicInteger gaveUp = new AtomicInteger();
        lanes.submit("A", new DeliveryLanes.Job() {
            @Override
            public DeliveryLanes.Attempt attempt(int number) {
                return DeliveryLanes.Attempt.retryAfter(LONG);
            }

            @Override
            public void gaveUp() {
                gaveUp.incrementAndGet();
            }
        });

        assertThat(lanes.drain(Duration.ofMillis(50))).isFalse();
        assertThat(lanes.submit("B", job("b", n -> DeliveryLanes.Attempt.DONE))).isFalse();
        assertThat(gaveUp).hasValue(0);
    }

    private DeliveryLanes.Job job(String name, IntFunction<DeliveryLanes.Attempt> attempt) {
        return new DeliveryLanes.Job() {
            @Override
            public DeliveryLanes.Attempt attempt(int number) {
                log.add(name + "#" + number);
                return attempt.apply(number);
            }

            @Override
            public void gaveUp() {
                log.add(name + " gave up");
            }
        };
    }
}
