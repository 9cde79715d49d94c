package dev.termbot.storage;

import dev.termbot.core.EventKind;
import dev.termbot.core.Stance;
import dev.termbot.core.SuppressionReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link UsageQueries} as plain, portable SQL over {@code usage_events}, {@code channel_names},
 * {@code note_feedback}, {@code note_removals} and {@code glossary_suggestions} (GROUP BY, CASE,
 * LEFT JOIN, LIMIT run unchanged on PostgreSQL). Each call opens its own connection, so it never competes with the
 * writer's or the policy store's. Thread-safe.
 */
final class SqliteUsageQueries implements UsageQueries {
    private static final String RANGE = " occurred_at >= ? AND occurred_at < ? ";

    private final Database database;

    SqliteUsageQueries(Database database) {
        this.database = database;
    }

    @Override
    public List<RuleActivity> ruleActivity(Instant from, Instant to) {
        return query("SELECT rule_id, term_id,"
                        + " SUM(CASE WHEN kind = 'HIT' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN kind = 'REPLIED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN kind = 'HIT' AND stance = 'disputed' THEN 1 ELSE 0 END)"
                        + " FROM usage_events WHERE" + RANGE + "AND kind IN ('HIT', 'REPLIED') AND rule_id <> ''"
                        + " GROUP BY rule_id, term_id ORDER BY rule_id, term_id",
                rows -> new RuleActivity(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5)),
                from, to);
    }

    @Override
    public Map<SuppressionReason, Long> suppressions(Instant from, Instant to) {
        List<Tally> tallies = query("SELECT suppression_reason, COUNT(*) FROM usage_events WHERE" + RANGE
                        + "AND kind = 'SUPPRESSED' AND suppression_reason IS NOT NULL GROUP BY suppression_reason",
                rows -> new Tally(rows.getString(1), rows.getLong(2)), from, to);
        Map<SuppressionReason, Long> byReason = new EnumMap<>(SuppressionReason.class);
        for (Tally tally : tallies) {
            Arrays.stream(SuppressionReason.values())
                    .filter(reason -> reason.key().equals(tally.name()))
                    .findFirst()
                    .ifPresent(reason -> byReason.put(reason, tally.count()));
        }
        return byReason;
    }

    @Override
    public List<ChannelActivity> busiestChannels(Instant from, Instant to, int limit) {
        // the name joins after the counting, so a channel without a known name is still listed (by id)
        return query("SELECT busiest.platform, busiest.workspace, busiest.channel, busiest.hits, names.name FROM"
                        + " (SELECT platform, workspace, channel, COUNT(*) AS hits FROM usage_events WHERE" + RANGE
                        + "AND kind = 'HIT' GROUP BY platform, workspace, channel) busiest"
                        + " LEFT JOIN channel_names names ON names.platform = busiest.platform"
                        + " AND names.workspace = busiest.workspace AND names.channel = busiest.channel"
                        + " ORDER BY busiest.hits DESC, busiest.platform, busiest.workspace, busiest.channel LIMIT ?",
                rows -> new ChannelActivity(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.getString(5)),
                from, to, limit);
    }

    @Override
    public List<Tally> foundTerms(Instant from, Instant to, int limit) {
        return query("SELECT term_id, COUNT(*) AS lookups FROM usage_events WHERE" + RANGE
                        + "AND kind = 'DEFINE' AND define_found = ? GROUP BY term_id ORDER BY lookups DESC, term_id LIMIT ?",
                rows -> new Tally(rows.getString(1), rows.getLong(2)), from, to, true, limit);
    }

    @Override
    public List<Tally> notFoundQueries(Instant from, Instant to, int limit) {
        return query("SELECT define_query, COUNT(*) AS lookups FROM usage_events WHERE" + RANGE
                        + "AND kind = 'DEFINE' AND define_found = ? AND define_query <> ''"
                        + " GROUP BY define_query ORDER BY lookups DESC, define_query LIMIT ?",
                rows -> new Tally(rows.getString(1), rows.getLong(2)), from, to, false, limit);
    }

    @Override
    public List<Tally> hitsByTerm(Instant from, Instant to) {
        return query("SELECT term_id, COUNT(*) AS hits FROM usage_events WHERE" + RANGE
                        + "AND kind = '" + EventKind.HIT.name() + "' GROUP BY term_id ORDER BY hits DESC, term_id",
                rows -> new Tally(rows.getString(1), rows.getLong(2)), from, to);
    }

    @Override
    public ActivityCounts activity(Instant from, Instant to) {
        // the keys are constants of this program, so they are written into the SQL (the range is bound first)
        return query("SELECT"
                        + " SUM(CASE WHEN kind = 'REPLIED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN kind = 'SUPPRESSED' AND suppression_reason NOT IN ('"
                        + SuppressionReason.DUPLICATE.key() + "', '" + SuppressionReason.DISPUTED.key() + "') THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN kind = 'HIT' AND stance = '" + Stance.DISPUTED.key() + "' THEN 1 ELSE 0 END)"
                        + " FROM usage_events WHERE" + RANGE + "AND kind IN ('HIT', 'REPLIED', 'SUPPRESSED')",
                rows -> new ActivityCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3)), from, to).get(0);
    }

    @Override
    public List<NoteFeedback> feedback(Instant from, Instant to) {
        Map<String, NoteFeedback> byRule = new TreeMap<>();
        query("SELECT rule_id, SUM(CASE WHEN vote = 'helpful' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN vote = 'not_needed' THEN 1 ELSE 0 END)"
                        + " FROM note_feedback WHERE voted_at >= ? AND voted_at < ? GROUP BY rule_id",
                rows -> new NoteFeedback(rows.getString(1), rows.getLong(2), rows.getLong(3), 0), from, to)
                .forEach(votes -> byRule.merge(votes.ruleId(), votes, NoteFeedback::plus));
        query("SELECT rule_id, COUNT(*) FROM note_removals WHERE removed_at >= ? AND removed_at < ? GROUP BY rule_id",
                rows -> new NoteFeedback(rows.getString(1), 0, 0, rows.getLong(2)), from, to)
                .forEach(removals -> byRule.merge(removals.ruleId(), removals, NoteFeedback::plus));
        return List.copyOf(byRule.values());
    }

    @Override
    public SuggestionCounts suggestions(Instant from, Instant to) {
        // "pending" as it stood when the period ended: made before its end, not decided by then
        return query("SELECT"
                        + " SUM(CASE WHEN status = 'approved' AND decided_at >= ? AND decided_at < ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'rejected' AND decided_at >= ? AND decided_at < ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN suggested_at < ? AND (status = 'pending' OR decided_at >= ?) THEN 1 ELSE 0 END)"
                        + " FROM glossary_suggestions",
                rows -> new SuggestionCounts(rows.getLong(3), rows.getLong(1), rows.getLong(2)),
                from, to, from.toEpochMilli(), to.toEpochMilli(), to.toEpochMilli(), to.toEpochMilli()).get(0);
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Instant from, Instant to, Object... more) {
        Object[] values = new Object[2 + more.length];
        values[0] = from.toEpochMilli();
        values[1] = to.toEpochMilli();
        System.arraycopy(more, 0, values, 2, more.length);
        try (Connection connection = database.connect();
             PreparedStatement statement = Sql.prepare(connection, sql, values);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("cannot read usage from " + database.location() + ": " + e.getMessage(), e);
        }
    }

    /** Maps the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
