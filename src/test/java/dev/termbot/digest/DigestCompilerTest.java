package dev.termbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.MisuseRule;
import dev.termbot.core.Stance;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Term;
import dev.termbot.storage.ChannelActivity;
import dev.termbot.storage.Storage;
import dev.termbot.storage.Tally;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCompilerTest {
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final List<Term> TERMS = List.of(
            UsageFixture.term("distillation", LocalDate.of(2026, 10, 1)),
            UsageFixture.term("open-weights", LocalDate.of(2026, 1, 5)),
            UsageFixture.term("rlhf", null));
    private static final List<MisuseRule> RULES = List.of(
            UsageFixture.rule("distillation-attack", "distillation"),
            UsageFixture.rule("open-source-model", "open-weights"),
            UsageFixture.rule("never-seen", "rlhf"));

    @TempDir
    Path dir;

    @Test
    void disputed_mentions_are_counted_per_rule_apart_from_uses() {
        // GIVEN a week where the term was used 5 times and disputed 3 times, and 2 notes went out
        Instant tuesday = Instant.parse("2026-11-24T12:00:00Z");
        Storage storage = new UsageFixture()
                .hits(tuesday, UsageFixture.GENERAL, "distillation-attack", "distillation", 5, Stance.USE)
                .hits(tuesday, UsageFixture.RESEARCH, "distillation-attack", "distillation", 3, Stance.DISPUTED)
                .replies(tuesday, UsageFixture.GENERAL, "distillation-attack", "distillation", 2)
                .store(dir.resolve("termbot.db"), MONDAY_MORNING);

        // WHEN the digest is compiled
        Digest digest = new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS, MONDAY_MORNING).lastWeek(TERMS, RULES);
        storage.close();

        // THEN the rule's line counts every hit, and the disputed ones apart
        Digest.RuleLine line = digest.rules().get(0);
        assertThat(line).isEqualTo(new Digest.RuleLine("distillation-attack", "distillation", 8, 2, 0, 3));
        assertThat(line.uses()).isEqualTo(5);
        assertThat(digest.disputed()).isEqualTo(3);
        // AND every rendering shows them
        assertThat(DigestText.render(digest)).contains("5 used", "3 disputed");
        assertThat(DigestMarkdown.render(digest)).contains("5 used, 3 disputed");
        assertThat(DigestJson.render(digest)).contains("\"uses\":5", "\"disputed\":3");
    }

    @Test
    void a_week_with_known_usage_is_counted_against_the_week_before() {
        // GIVEN usage in week 48 and in week 47, and some outside both
        Instant tuesday = Instant.parse("2026-11-24T12:00:00Z");
        Instant lastWeek = Instant.parse("2026-11-18T12:00:00Z");
        Storage storage = new UsageFixture()
                .hits(tuesday, UsageFixture.GENERAL, "distillation-attack", "distillation", 9)
                .hits(Instant.parse("2026-11-29T23:59:59Z"), UsageFixture.RESEARCH, "distillation-attack", "distillation", 3)
                .hits(tuesday, UsageFixture.RESEARCH, "open-source-model", "open-weights", 2)
                .replies(tuesday, UsageFixture.GENERAL, "distillation-attack", "distillation", 4)
                .hits(lastWeek, UsageFixture.GENERAL, "distillation-attack", "distillation", 7)
                .hits(lastWeek, UsageFixture.GENERAL, "retired-rule", "old-term", 5)
                .hits(Instant.parse("2026-11-30T00:00:00Z"), UsageFixture.GENERAL, "distillation-attack", "distillation", 100)
                .suppressed(tuesday, SuppressionReason.COOLDOWN, 5)
                .suppressed(tuesday, SuppressionReason.ALREADY_EXPLAINED, 2)
                .suppressed(tuesday, SuppressionReason.MUTED, 1)
                .suppressed(tuesday, SuppressionReason.BOT_AUTHOR, 3)
                .suppressed(tuesday, SuppressionReason.DUPLICATE, 8)
                .defines(tuesday, "distillation", "distillation", 3)
                .defines(tuesday, "rlhf", "rlhf", 1)
                .defines(tuesday, "model collapse", null, 2)
                .defines(tuesday, "grokking", null, 1)
                .store(dir.resolve("termbot.db"), MONDAY_MORNING);

        // WHEN the digest for the last full week is compiled on Monday morning
        Digest digest = new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS, MONDAY_MORNING).lastWeek(TERMS, RULES);
        storage.close();

        // THEN it covers week 48 and counts each rule against week 47
        assertThat(digest.period().isoWeek()).contains("2026-W48");
        assertThat(digest.rules()).containsExactly(
                new Digest.RuleLine("distillation-attack", "distillation", 12, 4, 7),
                new Digest.RuleLine("open-source-model", "open-weights", 2, 0, 0),
                new Digest.RuleLine("retired-rule", "old-term", 0, 0, 5));
        assertThat(digest.hits()).isEqualTo(14);
        assertThat(digest.notesPosted()).isEqualTo(4);
        assertThat(digest.previousHits()).isEqualTo(12);
        // AND suppressions per reason, without duplicate deliveries
        assertThat(digest.suppressed()).containsOnlyKeys(Digest.reportedReasons());
        assertThat(Digest.reportedReasons()).extracting(digest::suppressed).containsExactly(5L, 2L, 0L, 1L, 3L);
        // AND channels, lookups and glossary gaps, most first
        assertThat(digest.channels()).containsExactly(new ChannelActivity("slack", "T1", "C-general", 9),
                new ChannelActivity("discord", "G1", "C-research", 5));
        assertThat(digest.foundTerms()).containsExactly(new Tally("distillation", 3), new Tally("rlhf", 1));
        assertThat(digest.notFoundQueries()).containsExactly(new Tally("model collapse", 2), new Tally("grokking", 1));
        // AND terms not reviewed for 180 days (or never), and configured rules that did not fire
        assertThat(digest.staleTerms()).containsExactly("open-weights", "rlhf");
        assertThat(digest.silentRules()).containsExactly("never-seen");
        // AND hits per day per term, Monday first
        assertThat(digest.hitsPerDay()).containsExactly(
                new Digest.TermSeries("distillation", List.of(0L, 9L, 0L, 0L, 0L, 0L, 3L)),
                new Digest.TermSeries("open-weights", List.of(0L, 2L, 0L, 0L, 0L, 0L, 0L)));
    }

    @Test
    void an_empty_week_gives_zeros_and_lists_every_rule_as_silent() {
        Storage storage = new UsageFixture()
                .hits(Instant.parse("2026-11-10T12:00:00Z"), UsageFixture.GENERAL, "distillation-attack", "distillation", 4)
                .store(dir.resolve("termbot.db"), MONDAY_MORNING);

        Digest digest = new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS, MONDAY_MORNING)
                .compile(DigestPeriod.isoWeek("2026-W48"), TERMS, RULES);
        storage.close();

        assertThat(digest.rules()).isEmpty();
        assertThat(digest.hits()).isZero();
        assertThat(digest.suppressed().values()).containsOnly(0L);
        assertThat(digest.channels()).isEmpty();
        assertThat(digest.foundTerms()).isEmpty();
        assertThat(digest.notFoundQueries()).isEmpty();
        assertThat(digest.hitsPerDay()).isEmpty();
        assertThat(digest.silentRules()).containsExactly("distillation-attack", "never-seen", "open-source-model");
    }

    @Test
    void a_sunday_evening_in_new_york_counts_for_that_sunday_not_for_the_utc_monday() {
        // GIVEN a hit at Sunday 2026-01-04 23:30 in New York, which is Monday 04:30 in UTC
        Instant sundayEveningNewYork = Instant.parse("2026-01-05T04:30:00Z");
        Storage storage = new UsageFixture()
                .hits(sundayEveningNewYork, UsageFixture.GENERAL, "distillation-attack", "distillation", 1)
                .store(dir.resolve("termbot.db"), MONDAY_MORNING);

        DigestCompiler newYork = new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS.withZone(NEW_YORK), MONDAY_MORNING);
        DigestCompiler utc = new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS, MONDAY_MORNING);

        // WHEN week 1 of 2026 (2025-12-29 to 2026-01-04) is compiled in each zone
        Digest week1NewYork = newYork.compile(DigestPeriod.isoWeek("2026-W01"), List.of(), List.of());
        Digest week1Utc = utc.compile(DigestPeriod.isoWeek("2026-W01"), List.of(), List.of());
        Digest week2Utc = utc.compile(DigestPeriod.isoWeek("2026-W02"), List.of(), List.of());
        Digest week2NewYork = newYork.compile(DigestPeriod.isoWeek("2026-W02"), List.of(), List.of());
        storage.close();

        // THEN New York counts it on its Sunday, the last day of week 1; UTC counts it on Monday of week 2
        assertThat(week1NewYork.hits()).isEqualTo(1);
        assertThat(week1NewYork.hitsPerDay().get(0).perDay()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(week1Utc.hits()).isZero();
        assertThat(week2Utc.hitsPerDay().get(0).perDay()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L);
        // AND week 2's comparison in New York sees it as the previous week's hit
        assertThat(week2NewYork.rules()).containsExactly(new Digest.RuleLine("distillation-attack", "distillation", 0, 0, 1));
    }

    @Test
    void a_custom_range_is_compared_with_the_range_of_equal_length_before_it() {
        Storage storage = new UsageFixture()
                .hits(Instant.parse("2026-11-05T12:00:00Z"), UsageFixture.GENERAL, "distillation-attack", "distillation", 2)
                .hits(Instant.parse("2026-11-02T12:00:00Z"), UsageFixture.GENERAL, "distillation-attack", "distillation", 3)
                .hits(Instant.parse("2026-11-01T12:00:00Z"), UsageFixture.GENERAL, "distillation-attack", "distillation", 50)
                .store(dir.resolve("termbot.db"), MONDAY_MORNING);

        Digest digest = new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS, MONDAY_MORNING)
                .compile(new DigestPeriod(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 8)), List.of(), List.of());
        storage.close();

        // the previous range is 2026-11-01 .. 2026-11-04 (four days, like the period)
        assertThat(digest.rules()).containsExactly(new Digest.RuleLine("distillation-attack", "distillation", 2, 0, 53));
        assertThat(digest.hitsPerDay().get(0).perDay()).containsExactly(2L, 0L, 0L, 0L);
    }
}
