package dev.termbot.config;

import dev.termbot.core.ConfigException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found in one file, each located at a line and column, so a moderator sees
 * every mistake of a pass at once instead of fixing them one run at a time. Not thread-safe: one
 * instance per load.
 */
public final class Problems {
    // Past this, more messages stop helping: the file is probably not a glossary at all.
    private static final int MAX_REPORTED = 50;

    private final String file;
    private final List<ConfigException> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void at(Node node, String message) {
        at(node.getStartMark(), message);
    }

    public void at(Mark mark, String message) {
        if (mark == null) {
            add(1, 1, message);
        } else {
            add(mark.getLine() + 1, mark.getColumn() + 1, message);
        }
    }

    public void add(int line, int column, String message) {
        if (found.size() < MAX_REPORTED) {
            found.add(new ConfigException(file, line, column, message));
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * Throws the earliest problem in the file, with the others attached as suppressed exceptions
     * in file order; returns quietly when there is none.
     */
    public void throwIfAny() throws ConfigException {
        if (found.isEmpty()) {
            return;
        }
        List<ConfigException> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(ConfigException::line).thenComparingInt(ConfigException::column));
        ConfigException first = ordered.get(0);
        ordered.subList(1, ordered.size()).forEach(first::addSuppressed);
        throw first;
    }
}
