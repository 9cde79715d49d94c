package dev.termbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Stance;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Term;
import dev.termbot.storage.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * The digest shows the conversation: one week of hits, notes, disputed mentions, suppressed hits,
 * votes, removals and glossary suggestions, with more of each just before and just after the week,
 * compiled from a real SQLite file; every count the JSON contract promises is asserted exactly, and
 * the text, Markdown and chart are read for the same numbers.
 */
class DigestConversationTest {
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final Instant TUESDAY = Instant.parse("2026-11-24T12:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant THURSDAY = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-11-27T12:00:00Z");
    private static final Instant WEEK_BEFORE = Instant.parse("2026-11-18T12:00:00Z");
    private static final Instant WEEK_AFTER = Instant.parse("2026-11-30T01:00:00Z");
    private static final String DISTILLATION_ATTACK = "distillation-attack";
    private static final String OPEN_SOURCE = "open-source-model";
    private static final List<Term> TERMS = List.of(
            UsageFixture.term("distillation", "Distillation", LocalDate.of(2026, 10, 1)),
            UsageFixture.term("open-weights", "Open weights", LocalDate.of(2026, 10, 1)),
            UsageFixture.term("rlhf", "RLHF", LocalDate.of(2026, 10, 1)));
    private static final List<MisuseRule> RULES = List.of(
            UsageFixture.rule(DISTILLATION_ATTACK, "distillation"),
            UsageFixture.rule(OPEN_SOURCE, "open-weights"),
            UsageFixture.rule("never-seen", "rlhf"));

    @TempDir
    Path dir;

    private Digest digest;

    @BeforeEach
    void aWeekOfConversation() {
        Storage storage = new UsageFixture()
                // the week: 5 uses and 3 disputed mentions of one rule, 2 uses of another, 3 notes
                .hits(TUESDAY, UsageFixture.GENERAL, DISTILLATION_ATTACK, "distillation", 5, Stance.USE)
                .hits(TUESDAY, UsageFixture.RESEARCH, DISTILLATION_ATTACK, "distillation", 3, Stance.DISPUTED)
                .replies(TUESDAY, UsageFixture.GENERAL, DISTILLATION_ATTACK, "distillation", 2)
                .hits(THURSDAY, UsageFixture.GENERAL, OPEN_SOURCE, "open-weights", 2, Stance.USE)
                .replies(THURSDAY, UsageFixture.GENERAL, OPEN_SOURCE, "open-weights", 1)
                // 3 suppressed hits; duplicate deliveries are no suppression anyone saw
                .suppressed(TUESDAY, SuppressionReason.COOLDOWN, 2)
                .suppressed(TUESDAY, SuppressionReason.MUTED, 1)
                .suppressed(TUESDAY, SuppressionReason.DUPLICATE, 4)
                // votes and removals in the week, one of them on a rule without hits this week
                .votes(WEDNESDAY, DISTILLATION_ATTACK, "n1", "helpful", 3)
                .votes(WEDNESDAY, DISTILLATION_ATTACK, "n2", "not_needed", 1)
                .removal(WEDNESDAY, DISTILLATION_ATTACK, "n2")
                .votes(FRIDAY, OPEN_SOURCE, "n3", "helpful", 1)
                .votes(FRIDAY, "never-seen", "n4", "not_needed", 1)
                // suggestions: 2 pending, 1 approved and 1 rejected in the week, 1 decided only after it
                .suggestion("pending", WEEK_BEFORE, null)
                .suggestion("pending", WEDNESDAY, null)
                .suggestion("approved", TUESDAY, WEDNESDAY)
                .suggestion("rejected", THURSDAY, FRIDAY)
                .suggestion("approved", THURSDAY, Instant.parse("2026-12-01T10:00:00Z"))
                // the week before and the week after count for nothing but previous_hits
                .hits(WEEK_BEFORE, UsageFixture.GENERAL, DISTILLATION_ATTACK, "distillation", 4, Stance.USE)
                .replies(WEEK_BEFORE, UsageFixture.GENERAL, DISTILLATION_ATTACK, "distillation", 1)
                .suppressed(WEEK_BEFORE, SuppressionReason.COOLDOWN, 6)
                .votes(WEEK_BEFORE, DISTILLATION_ATTACK, "n0", "helpful", 5)
                .removal(WEEK_BEFORE, DISTILLATION_ATTACK, "n0")
                .suggestion("rejected", Instant.parse("2026-11-10T12:00:00Z"), WEEK_BEFORE)
                .hits(WEEK_AFTER, UsageFixture.GENERAL, DISTILLATION_ATTACK, "distillation", 50, Stance.DISPUTED)
                .replies(WEEK_AFTER, UsageFixture.GENERAL, DISTILLATION_ATTACK, "distillation", 9)
                .votes(WEEK_AFTER, DISTILLATION_ATTACK, "n9", "helpful", 7)
                .removal(WEEK_AFTER, DISTILLATION_ATTACK, "n9")
                .suggestion("pending", WEEK_AFTER, null)
                // #general has a name, #research none yet
                .channelName(UsageFixture.GENERAL, "general", TUESDAY)
                .store(dir.resolve("termbot.db"), MONDAY_MORNING);
        digest = new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS, MONDAY_MORNING).lastWeek(TERMS, RULES);
        storage.close();
    }

    @Test
    void the_json_digest_has_the_exact_counts_of_the_week() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DigestJson.render(digest));

        assertThat(json.get("week").asText()).isEqualTo("2026-W48");
        JsonNode rules = json.get("rules");
        assertThat(rules).extracting(rule -> rule.get("rule").asText()).containsExactly(DISTILLATION_ATTACK, OPEN_SOURCE, "never-seen");
        assertRule(rules.get(0), "distillation", "Distillation", 8, 5, 3, 2, 4, 3, 1, 1);
        assertRule(rules.get(1), "open-weights", "Open weights", 2, 2, 0, 1, 0, 1, 0, 0);
        assertRule(rules.get(2), "rlhf", "RLHF", 0, 0, 0, 0, 0, 0, 1, 0);
        assertThat(json.get("suggestions").toString()).isEqualTo("{\"pending\":3,\"approved\":1,\"rejected\":1}");
        assertThat(json.get("totals").toString()).isEqualTo("{\"hits\":10,\"disputed\":3,\"replies\":3,\"previous_hits\":4,"
                + "\"feedback\":{\"helpful\":4,\"not_needed\":2,\"removed\":1}}");
        assertThat(json.get("suppressed").get("cooldown").asLong()).isEqualTo(2);
        assertThat(json.get("suppressed").get("muted").asLong()).isEqualTo(1);
        JsonNode channels = json.get("channels");
        assertThat(channels.get(0).toString())
                .isEqualTo("{\"platform\":\"slack\",\"workspace\":\"T1\",\"channel\":\"C-general\",\"name\":\"general\",\"hits\":7}");
        assertThat(channels.get(1).toString())
                .isEqualTo("{\"platform\":\"discord\",\"workspace\":\"G1\",\"channel\":\"C-research\",\"name\":null,\"hits\":3}");
        assertThat(json.get("activity_per_day").get(1).toString())
                .isEqualTo("{\"date\":\"2026-11-24\",\"notes\":2,\"suppressed\":3,\"disputed\":3}");
        assertThat(json.get("activity_per_day").get(3).toString())
                .isEqualTo("{\"date\":\"2026-11-26\",\"notes\":1,\"suppressed\":0,\"disputed\":0}");
        assertThat(json.get("silent_rules")).extracting(JsonNode::asText).containsExactly("never-seen");
    }

    @Test
    void text_and_markdown_count_with_plurals_and_show_names() {
        String text = DigestText.render(digest);
        String markdown = DigestMarkdown.render(digest);

        assertThat(text).contains("3 notes posted, 10 hits (previous period: 4 hits, +6), 3 disputed mentions")
                .contains("Feedback on notes: 4 helpful, 2 not needed, 1 note removed")
                .contains("Glossary suggestions: 3 pending, 1 approved, 1 rejected")
                .containsPattern("open-source-model\\s+2 hits\\s+\\(\\+2 from 0\\)\\s+2 used\\s+0 disputed\\s+1 note\\s+"
                        + "feedback: 1 helpful, 0 not needed, 0 notes removed\\s+term Open weights")
                .containsPattern("#general \\(slack T1\\)\\s+7 hits")
                .containsPattern("#C-research \\(discord G1\\)\\s+3 hits");
        assertThat(markdown).contains("3 notes posted, 10 hits (previous period: 4 hits, +6), 3 disputed mentions")
                .contains("- `distillation-attack` → `Distillation`: 8 hits (+4 from 4; 5 used, 3 disputed mentions),"
                        + " 2 notes posted; feedback: 3 helpful, 1 not needed, 1 note removed")
                .contains("- `open-source-model` → `Open weights`: 2 hits (+2 from 0; 2 used, 0 disputed mentions),"
                        + " 1 note posted; feedback: 1 helpful, 0 not needed, 0 notes removed")
                .contains("- `never-seen` → `RLHF`: 0 hits (0 from 0; 0 used, 0 disputed mentions), 0 notes posted;"
                        + " feedback: 0 helpful, 1 not needed, 0 notes removed")
                .contains("- `#general (slack T1)`: 7 hits")
                .contains("- `#C-research (discord G1)`: 3 hits")
                .doesNotContain("1 notes", "1 hits", "1 disputed mentions");
    }

    @Test
    void the_chart_is_drawn_from_notes_suppressed_hits_and_disputed_mentions_per_day() {
        // the data, Monday first
        assertThat(DigestChart.activitySeries(digest)).containsExactly(
                Map.entry(DigestChart.NOTES, List.of(0L, 2L, 0L, 1L, 0L, 0L, 0L)),
                Map.entry(DigestChart.SUPPRESSED, List.of(0L, 3L, 0L, 0L, 0L, 0L, 0L)),
                Map.entry(DigestChart.DISPUTED, List.of(0L, 3L, 0L, 0L, 0L, 0L, 0L)));
        assertThat(DigestChart.hitSeries(digest)).containsExactly(
                Map.entry("Distillation", List.of(0L, 8L, 0L, 0L, 0L, 0L, 0L)),
                Map.entry("Open weights", List.of(0L, 0L, 0L, 2L, 0L, 0L, 0L)));
        // and the charts draw exactly that data, under those names
        CategoryChart activity = DigestChart.activityChart(digest);
        assertThat(activity.getSeriesMap().keySet()).containsExactly(DigestChart.NOTES, DigestChart.SUPPRESSED, DigestChart.DISPUTED);
        CategorySeries suppressed = activity.getSeriesMap().get(DigestChart.SUPPRESSED);
        assertThat(List.copyOf(suppressed.getYData())).isEqualTo(List.of(0L, 3L, 0L, 0L, 0L, 0L, 0L));
        assertThat(suppressed.getXData()).first().isEqualTo("Mon 23 Nov");
        assertThat(DigestChart.chart(digest).getSeriesMap().keySet()).containsExactly("Distillation", "Open weights");
    }

    private static void assertRule(JsonNode rule, String term, String termName, long hits, long uses, long disputed, long replies,
                                   long previousHits, long helpful, long notNeeded, long removed) {
        assertThat(rule.get("term").asText()).isEqualTo(term);
        assertThat(rule.get("term_name").asText()).isEqualTo(termName);
        assertThat(rule.get("hits").asLong()).isEqualTo(hits);
        assertThat(rule.get("uses").asLong()).isEqualTo(uses);
        assertThat(rule.get("disputed").asLong()).isEqualTo(disputed);
        assertThat(rule.get("replies").asLong()).isEqualTo(replies);
        assertThat(rule.get("previous_hits").asLong()).isEqualTo(previousHits);
        assertThat(rule.get("feedback").toString())
                .isEqualTo("{\"helpful\":" + helpful + ",\"not_needed\":" + notNeeded + ",\"removed\":" + removed + "}");
    }
}
