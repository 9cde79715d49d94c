package dev.termbot.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for tests: reads and writes a database file directly, bypassing the code under test. */
final class Rows {
    private Rows() {
    }

    static Connection open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            // the writer under test may hold the write lock for a moment; wait instead of failing the test
            statement.execute("PRAGMA busy_timeout = 20000");
        }
        return connection;
    }

    static long count(Path file, String sql, Object... values) {
        List<List<Object>> rows = query(file, sql, values);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    static List<List<Object>> query(Path file, String sql, Object... values) {
        try (Connection connection = open(file); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<List<Object>> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rows.getObject(c));
                    }
                    result.add(row);
                }
            }
            return result;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static void execute(Path file, String... statements) {
        try (Connection connection = open(file); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static String integrityCheck(Path file) {
        return (String) query(file, "PRAGMA integrity_check").get(0).get(0);
    }

    static List<String> tables(Path file) {
        return query(file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .stream().map(row -> (String) row.get(0)).toList();
    }
}
