package dev.termbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the end-to-end benchmark in a tiny configuration (real Bolt and JDA against the fakes, real
 * SQLite, the default glossary) so that it cannot rot. Nothing here is timed: it checks that every
 * bot answered every message exactly once, that termbot left no note owed, and that the report
 * carries every figure.
 */
class E2eBenchTest {
    @Test
    void everyBotAnswersEveryMessageOnceAndTheReportCarriesEveryFigure() throws Exception {
        E2eOptions tiny = new E2eOptions(2, List.of(4), 2, 1, List.of("slack", "discord"), false);

        List<Measurement> measurements = new E2eBench(tiny, line -> { }).run();

        assertThat(measurements).hasSize(2 * 2 * 2); // platforms × bots × scenarios
        assertThat(measurements).extracting(m -> m.platform() + "/" + m.bot()).containsOnly(
                "slack/termbot", "slack/minimal", "discord/termbot", "discord/minimal");
        assertThat(measurements).allSatisfy(m -> {
            assertThat(m.lost()).as("lost in %s", m).isZero();
            assertThat(m.duplicated()).as("duplicated in %s", m).isZero();
            assertThat(m.owedLeft()).as("owed left in %s", m).isZero();
            assertThat(m.refused()).as("acks refused in %s", m).isZero();
            assertThat(m.latency().p50()).as("a latency was measured").isPositive();
        });
        assertThat(measurements).filteredOn(m -> m.platform().equals("slack"))
                .allSatisfy(m -> assertThat(m.ack().max()).as("Slack acks timed").isPositive());
        assertThat(measurements).filteredOn(m -> m.platform().equals("discord"))
                .allSatisfy(m -> assertThat(m.ack()).isEqualTo(Percentiles.NONE));

        E2eReport report = new E2eReport(measurements);
        assertThat(report.clean()).isTrue();
        JsonNode json = new ObjectMapper().readTree(report.json(Map.of("processors", 2)));
        assertThat(json.get("storage").asText()).isEqualTo("sqlite");
        assertThat(json.get("results")).hasSize(8);
        JsonNode termbotBurst = find(json, "slack", "burst-4", "termbot");
        assertThat(termbotBurst).isNotNull();
        assertThat(termbotBurst.get("p99_ratio_to_minimal").isNumber()).as("same-run ratio present").isTrue();
        assertThat(find(json, "slack", "burst-4", "minimal").get("p99_ratio_to_minimal").isNull()).isTrue();
        assertThat(report.table()).contains("| slack | single | termbot |", "| discord | burst-4 | minimal |");
    }

    @Test
    void onPostgresqlTermbotAnswersEveryMessageOnceAndTheReportNamesTheStore() throws Exception {
        E2eOptions tiny = new E2eOptions(2, List.of(4), 2, 1, List.of("slack"), false);

        List<Measurement> measurements = new E2eBench(tiny, line -> { }, BenchStore.POSTGRESQL).run();

        assertThat(measurements).filteredOn(m -> m.bot().equals("termbot")).hasSize(2).allSatisfy(m -> {
            assertThat(m.lost()).as("lost in %s", m).isZero();
            assertThat(m.duplicated()).as("duplicated in %s", m).isZero();
            assertThat(m.owedLeft()).as("owed left in %s", m).isZero();
        });
        JsonNode json = new ObjectMapper().readTree(new E2eReport(measurements, BenchStore.POSTGRESQL).json(Map.of()));
        assertThat(json.get("storage").asText()).isEqualTo("postgresql");
        assertThat(json.get("clean").asBoolean()).isTrue();
    }

    @Test
    void percentilesUseTheNearestRankAndRunsTheirMedian() {
        Percentiles p = Percentiles.ofNanos(List.of(3_000_000L, 1_000_000L, 2_000_000L, 100_000_000L));
        assertThat(p.p50()).isEqualTo(2.0);
        assertThat(p.p99()).isEqualTo(100.0);
        assertThat(p.max()).isEqualTo(100.0);
        assertThat(Percentiles.median(List.of(5.0, Double.NaN, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Percentiles.median(List.of(4.0, 1.0))).isEqualTo(2.5);
        assertThat(Percentiles.ofNanos(List.of())).isEqualTo(Percentiles.NONE);
    }

    @Test
    void aMissingOrRepeatedReplyIsCountedNotTimed() {
        Rig.Sent answered = new Rig.Sent("a", 1_000, 50, 200);
        Rig.Sent twice = new Rig.Sent("b", 2_000, 60, 200);
        Rig.Sent missing = new Rig.Sent("c", 3_000, 70, 503);
        Measurement m = E2eRun.tally(new NamedRig(), Scenario.burst(3, 2), 1, List.of(answered, twice, missing),
                Map.of("a", List.of(5_000L), "b", List.of(9_000L, 7_000L)), 0);
        assertThat(m.lost()).isEqualTo(1);
        assertThat(m.duplicated()).isEqualTo(1);
        assertThat(m.refused()).isEqualTo(1);
        assertThat(m.latency().max()).isEqualTo(5_000 / 1e6); // b's first reply, 7,000 − 2,000
    }

    private static JsonNode find(JsonNode json, String platform, String scenario, String bot) {
        for (JsonNode row : json.get("results")) {
            if (row.get("platform").asText().equals(platform) && row.get("scenario").asText().equals(scenario)
                    && row.get("bot").asText().equals(bot)) {
                return row;
            }
        }
        return null;
    }

    /** Only names a rig, for the tally. */
    private static final class NamedRig implements Rig {
        @Override
        public String platform() {
            return "slack";
        }

        @Override
        public String bot() {
            return "termbot";
        }

        @Override
        public int channels() {
            return 3;
        }

        @Override
        public Sent send(int slot, String text) {
            throw new UnsupportedOperationException("not sent");
        }

        @Override
        public Map<String, List<Long>> replies() {
            return Map.of();
        }

        @Override
        public int owed() {
            return 0;
        }

        @Override
        public void close() {
        }
    }
}
