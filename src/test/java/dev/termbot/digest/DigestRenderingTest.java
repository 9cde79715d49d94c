package dev.termbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.core.SuppressionReason;
import dev.termbot.storage.ChannelActivity;
import dev.termbot.storage.Tally;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DigestRenderingTest {
    private static final Digest WEEK_48 = sample();

    @Test
    void json_follows_the_contract_for_tools() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DigestJson.render(WEEK_48));

        assertThat(json.get("from").asText()).isEqualTo("2026-11-23");
        assertThat(json.get("to").asText()).isEqualTo("2026-11-29");
        assertThat(json.get("week").asText()).isEqualTo("2026-W48");
        JsonNode rule = json.get("rules").get(0);
        assertThat(rule.get("rule").asText()).isEqualTo("distillation-attack");
        assertThat(rule.get("term").asText()).isEqualTo("distillation");
        assertThat(rule.get("hits").asLong()).isEqualTo(12);
        assertThat(rule.get("replies").asLong()).isEqualTo(4);
        assertThat(rule.get("previous_hits").asLong()).isEqualTo(7);
        assertThat(json.get("suppressed").fieldNames()).toIterable()
                .containsExactly("cooldown", "already_explained", "opted_out", "muted", "bot_author");
        assertThat(json.get("suppressed").get("cooldown").asLong()).isEqualTo(5);
        assertThat(json.get("channels").get(0).get("platform").asText()).isEqualTo("slack");
        assertThat(json.get("channels").get(0).get("channel").asText()).isEqualTo("C-general");
        assertThat(json.get("channels").get(0).get("name").asText()).isEqualTo("general");
        assertThat(json.get("channels").get(1).get("name").isNull()).isTrue();
        assertThat(json.get("channels").get(0).get("hits").asLong()).isEqualTo(9);
        assertThat(rule.get("term_name").asText()).isEqualTo("Distillation");
        assertThat(json.get("rules").get(1).get("term_name").asText()).as("no display name: the id").isEqualTo("open-weights");
        assertThat(json.get("define").get("found").get(0).get("term").asText()).isEqualTo("distillation");
        assertThat(json.get("define").get("found").get(0).get("count").asLong()).isEqualTo(3);
        assertThat(json.get("define").get("not_found").get(1).get("query").asText()).isEqualTo("quote \" back\\slash\ttab @here");
        assertThat(json.get("stale_terms").get(0).asText()).isEqualTo("open-weights");
        assertThat(json.get("silent_rules").get(0).asText()).isEqualTo("never-seen");
        assertThat(json.get("hits_per_day").get(0).get("days").get("2026-11-24").asLong()).isEqualTo(9);
    }

    @Test
    void an_empty_digest_is_still_complete_json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DigestJson.render(empty()));

        assertThat(json.get("rules")).isEmpty();
        assertThat(json.get("suggestions").toString()).isEqualTo("{\"pending\":0,\"approved\":0,\"rejected\":0}");
        assertThat(json.get("activity_per_day")).hasSize(7);
        assertThat(json.get("channels")).isEmpty();
        assertThat(json.get("define").get("not_found")).isEmpty();
        assertThat(json.get("suppressed").get("muted").asLong()).isZero();
        assertThat(json.get("stale_terms")).isEmpty();
        assertThat(json.get("glossary_known").asBoolean()).isFalse();
    }

    @Test
    void text_and_markdown_show_every_section_and_cannot_ping_anyone() {
        String text = DigestText.render(WEEK_48);
        String markdown = DigestMarkdown.render(WEEK_48);

        assertThat(text).contains("termbot digest 2026-W48 (2026-11-23 to 2026-11-29), UTC")
                .contains("4 notes posted, 14 hits (previous period: 7 hits, +7), 0 disputed mentions")
                .containsPattern("distillation-attack\\s+12 hits\\s+\\(\\+5 from 7\\)\\s+12 used\\s+0 disputed\\s+4 notes")
                .containsPattern("#general \\(slack T1\\)\\s+9 hits")
                .containsPattern("#C-research \\(discord G1\\)\\s+5 hits")
                .contains("cooldown 5, already explained 2, opted out 0, muted 1, bot author 3")
                .containsPattern("\"model collapse\"\\s+2")
                .contains("Terms to review (reviewed more than 180 days ago, or never)\n  open-weights")
                .contains("Rules without a hit in this period\n  never-seen");
        assertThat(markdown).startsWith("**termbot digest: 2026-W48 (2026-11-23 to 2026-11-29)** (UTC)")
                .contains("- `distillation-attack` → `Distillation`: 12 hits (+5 from 7; 12 used, 0 disputed mentions),"
                        + " 4 notes posted; feedback: 0 helpful, 0 not needed, 0 notes removed")
                .contains("- `#general (slack T1)`: 9 hits")
                .contains("- `model collapse` ×2")
                .contains("- cooldown: 5");
        // a user's /define query must not mention @here or break out of its code span
        assertThat(text).doesNotContain("@here");
        assertThat(markdown).doesNotContain("@here").contains("`quote \" back\\slash tab @\u200Bhere`");
        assertThat(DigestMarkdown.render(empty())).contains("**Rules**\n- none")
                .contains("unknown (no glossary was given)").doesNotContain("Rules without a hit**");
        assertThat(DigestText.render(empty())).contains("unknown (no glossary was given)");
    }

    @Test
    void the_chart_is_a_png_of_the_expected_size_also_for_an_empty_week() throws Exception {
        for (Digest digest : List.of(WEEK_48, empty())) {
            byte[] png = DigestChart.png(digest);

            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
            assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        }
        assertThat(DigestFormat.parse("PNG").render(WEEK_48)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(new String(DigestFormat.parse("md").render(WEEK_48), StandardCharsets.UTF_8)).startsWith("**termbot digest");
    }

    @Test
    void counts_of_one_are_singular_and_every_other_count_is_plural() {
        assertThat(Plural.of(0, "note")).isEqualTo("0 notes");
        assertThat(Plural.of(1, "note")).isEqualTo("1 note");
        assertThat(Plural.of(2, "note")).isEqualTo("2 notes");
        assertThat(Plural.of(1, "disputed mention")).isEqualTo("1 disputed mention");
        assertThat(Plural.of(1, "query", "queries")).isEqualTo("1 query");
        assertThat(Plural.of(3, "query", "queries")).isEqualTo("3 queries");
    }

    @Test
    void a_channel_name_cannot_ping_or_break_the_markdown() {
        ChannelActivity hostile = new ChannelActivity("slack", "T1", "C1", 1, "here`s <!channel> @everyone");

        assertThat(DigestText.place(hostile)).doesNotContain("<!channel>").doesNotContain("@everyone");
        assertThat(DigestMarkdown.code(DigestText.place(hostile))).doesNotContain("`s").startsWith("`#here's");
        assertThat(DigestText.place(new ChannelActivity("discord", "G1", "C2", 4))).isEqualTo("#C2 (discord G1)");
    }

    static Digest sample() {
        Map<SuppressionReason, Long> suppressed = new EnumMap<>(SuppressionReason.class);
        suppressed.put(SuppressionReason.COOLDOWN, 5L);
        suppressed.put(SuppressionReason.ALREADY_EXPLAINED, 2L);
        suppressed.put(SuppressionReason.OPTED_OUT, 0L);
        suppressed.put(SuppressionReason.MUTED, 1L);
        suppressed.put(SuppressionReason.BOT_AUTHOR, 3L);
        return new Digest(DigestPeriod.isoWeek("2026-W48"), ZoneId.of("UTC"), LocalDate.of(2026, 11, 30), 180,
                List.of(new Digest.RuleLine("distillation-attack", "distillation", 12, 4, 7),
                        new Digest.RuleLine("open-source-model", "open-weights", 2, 0, 0)),
                suppressed,
                List.of(new ChannelActivity("slack", "T1", "C-general", 9, "general"),
                        new ChannelActivity("discord", "G1", "C-research", 5)),
                List.of(new Tally("distillation", 3), new Tally("rlhf", 1)),
                List.of(new Tally("model collapse", 2), new Tally("quote \" back\\slash\ttab @here", 1)),
                List.of("open-weights"), List.of("never-seen"),
                List.of(new Digest.TermSeries("distillation", List.of(0L, 9L, 0L, 0L, 0L, 0L, 3L)),
                        new Digest.TermSeries("open-weights", List.of(0L, 2L, 0L, 0L, 0L, 0L, 0L))), true,
                java.util.Collections.nCopies(7, dev.termbot.storage.ActivityCounts.NONE), dev.termbot.storage.SuggestionCounts.NONE,
                Map.of("distillation", "Distillation"));
    }

    static Digest empty() {
        Map<SuppressionReason, Long> zeros = new EnumMap<>(SuppressionReason.class);
        Digest.reportedReasons().forEach(reason -> zeros.put(reason, 0L));
        return new Digest(DigestPeriod.isoWeek("2026-W49"), ZoneId.of("UTC"), LocalDate.of(2026, 12, 7), 180, List.of(), zeros,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }
}
