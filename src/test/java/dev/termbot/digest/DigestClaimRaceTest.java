package dev.termbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.ChatPlatform;
import dev.termbot.storage.Database;
import dev.termbot.storage.DigestRunLog;
import dev.termbot.storage.PostgresDatabase;
import dev.termbot.storage.SqliteDatabase;
import dev.termbot.testing.FakeModeratorPlatform;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly digest is posted once per run however many processes share the store: schedulers of
 * separate "processes" (each with its own database handle and its own connection to the platform),
 * released together by a latch, race for the same run on SQLite and on PostgreSQL.
 */
class DigestClaimRaceTest {
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant MONDAY_0900 = Instant.parse("2026-11-30T09:00:00Z");
    private static final int PROCESSES = 4;

    /** Opens one more handle on the same database, as another process would. */
    enum Store {
        SQLITE, POSTGRESQL;

        Supplier<Database> opener(Path dir) {
            if (this == SQLITE) {
                Path file = dir.resolve("termbot.db");
                return () -> SqliteDatabase.open(file);
            }
            String url = TestPostgres.freshDatabaseUrl();
            return () -> PostgresDatabase.open(url, null, null);
        }
    }

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(WEDNESDAY);
    private final ExecutorService threads = Executors.newFixedThreadPool(PROCESSES);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** One bot process: its scheduler on its own handle, and its own connection to "slack". */
    private record Process(DigestScheduler scheduler, FakeModeratorPlatform slack) {
    }

    private List<Process> start(Supplier<Database> database, int count) {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FakeModeratorPlatform slack = new FakeModeratorPlatform("slack");
            processes.add(new Process(new DigestScheduler(DigestSchedule.DEFAULT, clock, new DigestRunLog(database.get()),
                    period -> "digest " + period.label(), () -> List.<ChatPlatform>of(slack)), slack));
        }
        return processes;
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void schedulers_racing_for_each_weekly_run_post_it_exactly_once(Store store) throws Exception {
        List<Process> processes = start(store.opener(dir), PROCESSES);
        processes.get(0).scheduler().runDue(); // scheduling begins on this database this week

        for (int week = 0; week < 3; week++) {
            clock.set(MONDAY_0900.plus(Duration.ofDays(7L * week)));
            List<List<DigestScheduler.Posted>> results = race(processes);

            assertThat(results.stream().mapToInt(List::size).sum()).as("posts for week %d", week).isEqualTo(1);
            assertThat(processes.stream().mapToInt(p -> p.slack().posts().size()).sum()).isEqualTo(week + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void a_failed_post_releases_the_claim_and_another_process_posts_the_run_once(Store store) throws Exception {
        List<Process> processes = start(store.opener(dir), PROCESSES);
        processes.get(0).scheduler().runDue();
        processes.forEach(p -> p.slack().setFailing(true));
        clock.set(MONDAY_0900);

        assertThat(race(processes)).allSatisfy(posted -> assertThat(posted).isEmpty());

        // the failures left no claim behind: at the next check the run is posted, by exactly one process
        processes.forEach(p -> p.slack().setFailing(false));
        clock.advance(Duration.ofMinutes(1));
        List<List<DigestScheduler.Posted>> results = race(processes);

        assertThat(results.stream().mapToInt(List::size).sum()).isEqualTo(1);
        assertThat(processes.stream().mapToInt(p -> p.slack().posts().size()).sum()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(race(processes)).allSatisfy(posted -> assertThat(posted).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void a_claim_whose_process_died_before_posting_is_taken_over_once_after_its_lease(Store store) throws Exception {
        Supplier<Database> database = store.opener(dir);
        List<Process> processes = start(database, 2);
        processes.get(0).scheduler().runDue();
        clock.set(MONDAY_0900);
        // a third process claims Monday's run and dies before posting it
        DigestRunLog dead = new DigestRunLog(database.get());
        DigestPeriod period = DigestSchedule.DEFAULT.periodFor(MONDAY_0900);
        Optional<DigestRunLog.Claim> abandoned = dead.claim(MONDAY_0900, "slack", period.from(), period.to(), clock.instant());
        assertThat(abandoned).isPresent();

        clock.advance(DigestRunLog.CLAIM_LEASE.minusMinutes(1));
        assertThat(race(processes)).as("within the lease the claim holds").allSatisfy(posted -> assertThat(posted).isEmpty());

        clock.advance(Duration.ofMinutes(1));
        List<List<DigestScheduler.Posted>> results = race(processes);
        assertThat(results.stream().mapToInt(List::size).sum()).isEqualTo(1);

        // the dead process's late release does not undo the run that was posted in its place
        dead.release(abandoned.get());
        clock.advance(Duration.ofMinutes(1));
        assertThat(race(processes)).allSatisfy(posted -> assertThat(posted).isEmpty());
        assertThat(dead.runs()).singleElement().satisfies(run -> {
            assertThat(run.dueAt()).isEqualTo(MONDAY_0900);
            assertThat(run.postedAt()).isPresent();
        });
    }

    /** Runs every process's check at once; returns what each posted. */
    private List<List<DigestScheduler.Posted>> race(List<Process> processes) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<DigestScheduler.Posted>>> futures = new ArrayList<>();
        for (Process process : processes) {
            futures.add(threads.submit(() -> {
                go.await();
                return process.scheduler().runDue();
            }));
        }
        go.countDown();
        List<List<DigestScheduler.Posted>> results = new ArrayList<>();
        for (Future<List<DigestScheduler.Posted>> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
