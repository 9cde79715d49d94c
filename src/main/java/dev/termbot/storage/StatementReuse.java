package dev.termbot.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Wraps the chat path's connection so that {@code prepareStatement(sql)} compiles each SQL text
 * once and hands the same statement out again; closing such a statement only clears its
 * parameters. Closing the connection closes them all.
 *
 * <p>Why: sqlite-jdbc compiles every {@code prepareStatement} anew, and a decision runs about ten
 * statements (the policy's reads, the delivery key, the owed note): in the end-to-end benchmark
 * (issue 18) the compiling alone was about 16 µs a statement, a fifth of the decision's work. The
 * call sites stay as they are (try-with-resources, one statement at a time): only the connection
 * the store hands out changes.
 *
 * <p>At most {@link #KEPT} texts are kept; statements beyond that (SQL built with values in it) are
 * prepared and closed as usual. Not thread-safe, like the connection it wraps (the store's lock
 * serialises every use).
 */
final class StatementReuse {
    static final int KEPT = 64;

    private StatementReuse() {
    }

    /** The connection, with its prepared statements kept for reuse. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementReuse.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Kept(connection));
    }

    private static final class Kept implements InvocationHandler {
        private final Connection connection;
        /** By SQL text: the driver's statement and the handle given out for it (one each, made once). */
        private final Map<String, PreparedStatement[]> statements = new HashMap<>();

        Kept(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("prepareStatement") && args != null && args.length == 1 && args[0] instanceof String sql) {
                return prepared(sql);
            }
            if (name.equals("close")) {
                closeAll();
            }
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            return call(connection, method, args);
        }

        private PreparedStatement prepared(String sql) throws SQLException {
            PreparedStatement[] kept = statements.get(sql);
            if (kept != null) {
                kept[0].clearParameters();
                return kept[1];
            }
            PreparedStatement fresh = connection.prepareStatement(sql);
            if (statements.size() >= KEPT) {
                return fresh; // closed by its caller, as usual
            }
            PreparedStatement handle = reusable(fresh);
            statements.put(sql, new PreparedStatement[] {fresh, handle});
            return handle;
        }

        private void closeAll() {
            for (PreparedStatement[] statement : statements.values()) {
                try {
                    statement[0].close();
                } catch (SQLException ignored) {
                    // the connection is being closed anyway
                }
            }
            statements.clear();
        }
    }

    /** The kept statement, whose {@code close()} only clears its parameters for the next use. */
    private static PreparedStatement reusable(PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(StatementReuse.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            statement.clearParameters();
                            return null;
                        }
                        case "isClosed" -> {
                            return statement.isClosed();
                        }
                        case "equals" -> {
                            return args != null && proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {
                            return call(statement, method, args);
                        }
                    }
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
