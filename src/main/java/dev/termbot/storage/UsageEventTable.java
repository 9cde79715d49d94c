package dev.termbot.storage;

import dev.termbot.core.UsageEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes usage events as rows: the user id only as its keyed hash, the define query cut to the
 * column's size, never any message text (a {@link UsageEvent} carries none).
 */
final class UsageEventTable {
    static final int MAX_QUERY_LENGTH = 200;

    private static final String INSERT = "INSERT INTO usage_events (occurred_at, platform, workspace, channel, thread,"
            + " user_hash, kind, suppression_reason, rule_id, term_id, define_query, define_found, latency_ms,"
            + " stance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final UserHasher hasher;

    UsageEventTable(UserHasher hasher) {
        this.hasher = hasher;
    }

    /** Inserts the events in the caller's transaction. */
    void insert(Connection connection, List<UsageEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (UsageEvent event : events) {
                insert.setLong(1, event.at().toEpochMilli());
                insert.setString(2, event.where().platform());
                insert.setString(3, event.where().workspace());
                insert.setString(4, event.where().channel());
                insert.setString(5, event.where().thread());
                insert.setString(6, hasher.hash(event.userId()));
                insert.setString(7, event.kind().name());
                insert.setString(8, event.reason() == null ? null : event.reason().key());
                insert.setString(9, event.ruleId());
                insert.setString(10, event.termId());
                insert.setString(11, cut(event.query()));
                insert.setBoolean(12, event.found());
                insert.setLong(13, event.latencyMs());
                insert.setString(14, event.stance());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String cut(String query) {
        if (query.length() <= MAX_QUERY_LENGTH) {
            return query;
        }
        int end = Character.isHighSurrogate(query.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
        return query.substring(0, end);
    }
}
