package dev.termbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void starts_a_real_server_and_hands_out_separate_databases() throws Exception {
        String first = TestPostgres.freshDatabaseUrl();
        String second = TestPostgres.freshDatabaseUrl();
        assertThat(first).isNotEqualTo(second);
        try (Connection c = DriverManager.getConnection(first); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            r.next();
            assertThat(r.getInt(1)).isGreaterThanOrEqualTo(170000);
        }
    }
}
