package dev.termbot.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML mapping read against a fixed set of keys, turning every surprise (unknown, repeated or
 * missing key, a list where a text belongs, an empty value) into a located problem. The readers of
 * terms and rules are written against this instead of raw SnakeYAML nodes. Not thread-safe.
 */
public final class YamlMapping {
    private final MappingNode node;
    private final String owner;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    // Keys an unknown key was probably meant to be: their absence is already explained by the hint.
    private final Set<String> hinted = new HashSet<>();

    private YamlMapping(MappingNode node, String owner, List<String> keys, Problems problems) {
        this.node = node;
        this.owner = owner;
        this.problems = problems;
        Map<String, Node> keyNodes = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            readKey(tuple, keys, keyNodes);
        }
    }

    /** Reads a mapping, or reports that the node is not one. {@code owner} names it in messages, e.g. "term 'rlhf'". */
    public static Optional<YamlMapping> read(Node node, String owner, List<String> keys, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, owner, keys, problems));
        }
        problems.at(node, owner + " must be a mapping with the keys " + String.join(", ", keys) + ", not " + kind(node));
        return Optional.empty();
    }

    /** "term 'rlhf'" when the mapping has a text id, else "term #3": messages name entries the way people find them. */
    public static String label(Node node, String what, int position) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode id && !id.getValue().isBlank()) {
                    return what + " '" + shorten(id.getValue().strip()) + "'";
                }
            }
        }
        return what + " #" + position;
    }

    public String owner() {
        return owner;
    }

    /** The mapping itself, to locate a problem with the whole block. */
    public Node node() {
        return node;
    }

    public Optional<Node> optional(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !isNull(value));
    }

    public Optional<Node> required(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            Node present = values.get(key);
            if (present == null && !hinted.contains(key)) {
                problems.at(node, owner + " is missing '" + key + "'");
            } else if (present != null) {
                problems.at(present, "'" + key + "' in " + owner + " has no value");
            }
        }
        return value;
    }

    /** A required, non-empty text value. */
    public Optional<YamlText> text(String key) {
        return required(key).flatMap(value -> text(value, "'" + key + "' in " + owner));
    }

    /** A list of non-empty texts; absent means empty unless required. */
    public Optional<List<YamlText>> texts(String key, boolean required) {
        Optional<Node> value = required ? required(key) : optional(key);
        if (value.isEmpty()) {
            return required ? Optional.empty() : Optional.of(List.of());
        }
        return sequence(value.get(), key).map(items -> {
            List<YamlText> texts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                text(items.get(i), "item " + (i + 1) + " of '" + key + "' in " + owner).ifPresent(texts::add);
            }
            return texts;
        });
    }

    /** The items of a list value, or a problem when the value is not a list. */
    public Optional<List<Node>> sequence(Node value, String key) {
        if (value instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        problems.at(value, "'" + key + "' in " + owner + " must be a list, not " + kind(value));
        return Optional.empty();
    }

    public Optional<YamlText> text(Node value, String what) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.at(value, what + " must be a text, not " + kind(value));
            return Optional.empty();
        }
        String text = isNull(scalar) ? "" : scalar.getValue().strip();
        if (text.isEmpty()) {
            problems.at(value, what + " is empty");
            return Optional.empty();
        }
        return Optional.of(new YamlText(text, value));
    }

    public static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "nothing" : "a text";
    }

    public static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private void readKey(NodeTuple tuple, List<String> keys, Map<String, Node> keyNodes) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalar) || isNull(keyNode)) {
            problems.at(keyNode, "keys in " + owner + " must be plain words, not " + kind(keyNode));
            return;
        }
        String key = scalar.getValue();
        Node first = keyNodes.putIfAbsent(key, keyNode);
        if (first != null) {
            problems.at(keyNode, "key '" + shorten(key) + "' appears twice in " + owner + " (first at line "
                    + (first.getStartMark().getLine() + 1) + ")");
        } else if (!keys.contains(key)) {
            Optional<String> meant = Suggest.closest(key, keys);
            meant.ifPresent(hinted::add);
            problems.at(keyNode, "unknown key '" + shorten(key) + "' in " + owner
                    + meant.map(best -> "; did you mean '" + best + "'?").orElse(""));
        } else {
            values.put(key, tuple.getValueNode());
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }
}
