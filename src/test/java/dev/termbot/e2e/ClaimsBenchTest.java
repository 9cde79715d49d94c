package dev.termbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the claims benchmark in a tiny configuration on both stores, one process and two, so it
 * cannot rot. Nothing is timed: it checks that claims were made and every one was won (each message
 * has its own channel and author), and that the report carries the figures and ratios.
 */
class ClaimsBenchTest {
    @Test
    void every_claim_is_won_on_both_stores_by_one_process_and_by_two() throws Exception {
        ClaimsBench.Options tiny = new ClaimsBench.Options(List.of(BenchStore.SQLITE, BenchStore.POSTGRESQL), List.of(1, 2), 2,
                Duration.ZERO, Duration.ofMillis(300));

        List<ClaimsBench.Result> results = new ClaimsBench(tiny, line -> { }).run();

        assertThat(results).extracting(r -> r.store().label() + "/" + r.processes())
                .containsExactly("sqlite/1", "sqlite/2", "postgresql/1", "postgresql/2");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.claims()).as("claims made in %s", r).isPositive();
            assertThat(r.notWon()).as("claims lost in %s", r).isZero();
            if (r.store() == BenchStore.POSTGRESQL) {
                assertThat(r.storeErrors()).as("a shared store decides every claim itself").isZero();
            }
        });
        ClaimsReport report = new ClaimsReport(results);
        assertThat(report.clean()).isTrue();
        JsonNode json = new ObjectMapper().readTree(report.json(Map.of("processors", 2)));
        assertThat(json.get("results")).hasSize(4);
        assertThat(json.get("results").get(0).get("ratio_to_sqlite_one_process").asDouble()).isEqualTo(1.0);
        assertThat(json.get("results").get(3).get("ratio_to_one_process_same_store").isNumber()).isTrue();
        assertThat(report.table()).contains("| postgresql | 2 | 2 |");
    }

    @Test
    void stores_are_named_as_the_command_line_spells_them() {
        assertThat(BenchStore.named("postgres")).isEqualTo(BenchStore.POSTGRESQL);
        assertThat(BenchStore.named(" SQLite ")).isEqualTo(BenchStore.SQLITE);
        assertThatThrownBy(() -> BenchStore.named("mysql")).hasMessageContaining("use sqlite or postgresql");
    }
}
