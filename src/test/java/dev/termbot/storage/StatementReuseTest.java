package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat path's connection keeps its compiled statements; callers use them as if fresh. */
class StatementReuseTest {
    @TempDir
    Path dir;

    @Test
    void a_statement_closed_by_its_caller_is_handed_out_again_and_binds_new_values() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        try (Connection connection = StatementReuse.wrap(database.connect())) {
            String insert = "INSERT INTO muted_channels (platform, workspace, channel, muted_at) VALUES (?, ?, ?, ?)";
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement statement = Sql.prepare(connection, insert, "t", "w", "c" + i, (long) i)) {
                    assertThat(statement.executeUpdate()).isEqualTo(1);
                }
            }
            PreparedStatement first;
            try (PreparedStatement statement = Sql.prepare(connection, "SELECT muted_at FROM muted_channels WHERE channel = ?", "c2");
                 ResultSet rows = statement.executeQuery()) {
                first = statement;
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(2);
            }
            assertThat(first.isClosed()).as("kept open for the next use").isFalse();
            try (PreparedStatement statement = Sql.prepare(connection, "SELECT muted_at FROM muted_channels WHERE channel = ?", "c1");
                 ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }

            connection.close();
            assertThat(first.isClosed()).as("closed with the connection").isTrue();
        }
        assertThat(Rows.count(database.file(), "SELECT COUNT(*) FROM muted_channels")).isEqualTo(3);
    }

    @Test
    void a_parameter_left_unbound_is_not_taken_from_the_last_use() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        try (Connection connection = StatementReuse.wrap(database.connect())) {
            String insert = "INSERT INTO muted_channels (platform, workspace, channel, muted_at) VALUES (?, ?, ?, ?)";
            try (PreparedStatement statement = Sql.prepare(connection, insert, "t", "w", "c", 1L)) {
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setString(1, "t");
                statement.setString(2, "w");
                statement.setString(3, "d");
                // muted_at is NOT NULL: with the last use's value still bound this would insert a row
                assertThatThrownBy(statement::executeUpdate).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void beyond_the_kept_texts_statements_are_prepared_and_closed_as_usual() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        try (Connection connection = StatementReuse.wrap(database.connect())) {
            List<PreparedStatement> statements = new ArrayList<>();
            for (int i = 0; i <= StatementReuse.KEPT; i++) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT " + i)) {
                    statements.add(statement);
                    try (ResultSet rows = statement.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                        assertThat(rows.getInt(1)).isEqualTo(i);
                    }
                }
            }
            assertThat(statements.subList(0, StatementReuse.KEPT)).noneMatch(StatementReuseTest::closed);
            assertThat(closed(statements.get(StatementReuse.KEPT))).as("the one past the limit").isTrue();
        }
    }

    private static boolean closed(PreparedStatement statement) {
        try {
            return statement.isClosed();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
