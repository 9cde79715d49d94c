package dev.termbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.ChatPlatform;
import dev.termbot.storage.DigestRunLog;
import dev.termbot.storage.SqliteDatabase;
import dev.termbot.testing.FakeModeratorPlatform;
import dev.termbot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestSchedulerTest {
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant MONDAY_0900 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(WEDNESDAY);
    private final FakeModeratorPlatform slack = new FakeModeratorPlatform("slack");
    private final FakeModeratorPlatform discord = new FakeModeratorPlatform("discord");
    private Path file;

    @BeforeEach
    void database() {
        file = dir.resolve("termbot.db");
    }

    /** A scheduler as one bot process would build it at start: its own run log on the shared file. */
    private DigestScheduler startBot() {
        return new DigestScheduler(DigestSchedule.DEFAULT, clock, new DigestRunLog(SqliteDatabase.open(file)),
                period -> "digest " + period.label(), () -> List.<ChatPlatform>of(slack, discord));
    }

    @Test
    void a_fresh_install_posts_nothing_until_the_first_due_time_then_exactly_once() {
        DigestScheduler scheduler = startBot();

        assertThat(scheduler.runDue()).as("last Monday's run predates this install").isEmpty();
        clock.set(MONDAY_0900.minusSeconds(1));
        assertThat(scheduler.runDue()).isEmpty();

        clock.set(MONDAY_0900);
        List<DigestScheduler.Posted> posted = scheduler.runDue();
        clock.advance(Duration.ofMinutes(1));
        List<DigestScheduler.Posted> again = scheduler.runDue();

        assertThat(posted).extracting(DigestScheduler.Posted::platform).containsExactly("slack", "discord");
        assertThat(posted.get(0).period().isoWeek()).contains("2026-W48");
        assertThat(again).isEmpty();
        assertThat(slack.posts()).containsExactly("digest 2026-W48 (2026-11-23 to 2026-11-29)");
        assertThat(discord.posts()).hasSize(1);
    }

    @Test
    void a_run_missed_while_the_bot_was_down_is_posted_once_at_the_next_start_and_not_after_another_restart() {
        // GIVEN the bot ran last week, then stopped before Monday 09:00
        startBot().runDue();

        // WHEN it starts again on Tuesday
        clock.set(MONDAY_0900.plus(Duration.ofHours(23)));
        List<DigestScheduler.Posted> afterRestart = startBot().runDue();

        // THEN Monday's digest is posted now, once per platform
        assertThat(afterRestart).extracting(DigestScheduler.Posted::dueAt).containsOnly(MONDAY_0900);
        assertThat(slack.posts()).hasSize(1);
        // AND a further restart on the same day posts nothing again
        clock.advance(Duration.ofMinutes(5));
        assertThat(startBot().runDue()).isEmpty();
        assertThat(slack.posts()).hasSize(1);
        assertThat(new DigestRunLog(SqliteDatabase.open(file)).runs()).extracting(DigestRunLog.Run::platform)
                .containsExactlyInAnyOrder("slack", "discord");
    }

    @Test
    void after_a_long_outage_only_the_latest_missed_run_is_posted() {
        startBot().runDue();

        clock.set(MONDAY_0900.plus(Duration.ofDays(15)));
        List<DigestScheduler.Posted> posted = startBot().runDue();

        assertThat(posted).extracting(p -> p.period().isoWeek().orElseThrow()).containsOnly("2026-W50");
        assertThat(slack.posts()).containsExactly("digest 2026-W50 (2026-12-07 to 2026-12-13)");
    }

    @Test
    void a_disconnected_or_failing_platform_gets_the_run_later_and_the_others_are_not_posted_twice() {
        DigestScheduler scheduler = startBot();
        scheduler.runDue();
        discord.setConnected(false);
        slack.setFailing(true);

        clock.set(MONDAY_0900);
        assertThat(scheduler.runDue()).isEmpty();

        slack.setFailing(false);
        clock.advance(Duration.ofMinutes(1));
        assertThat(scheduler.runDue()).extracting(DigestScheduler.Posted::platform).containsExactly("slack");

        discord.setConnected(true);
        clock.advance(Duration.ofMinutes(1));
        assertThat(scheduler.runDue()).extracting(DigestScheduler.Posted::platform).containsExactly("discord");
        assertThat(slack.posts()).hasSize(1);
        assertThat(discord.posts()).hasSize(1);
    }

    @Test
    void two_processes_sharing_the_database_post_each_run_once() {
        DigestScheduler first = startBot();
        DigestScheduler second = startBot();
        first.runDue();

        clock.set(MONDAY_0900);
        int posts = first.runDue().size() + second.runDue().size();

        assertThat(posts).isEqualTo(2);
        assertThat(slack.posts()).hasSize(1);
        assertThat(discord.posts()).hasSize(1);
    }
}
