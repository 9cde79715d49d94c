package dev.termbot.config;

import org.yaml.snakeyaml.nodes.Node;

/**
 * A text value read from YAML together with the node it came from, so that checks made later
 * (duplicates, dangling references) can still point at the right line and column.
 *
 * @param value the text, stripped
 * @param node  where it was written
 */
public record YamlText(String value, Node node) {
    public int line() {
        return node.getStartMark().getLine() + 1;
    }
}
