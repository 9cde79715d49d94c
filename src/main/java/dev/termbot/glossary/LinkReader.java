package dev.termbot.glossary;

import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;
import dev.termbot.config.Problems;
import dev.termbot.core.Link;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code links:} list of a term or rule: titled https URLs. Not thread-safe (reports into one load's problems). */
final class LinkReader {
    static final List<String> KEYS = List.of("title", "url");

    private final Problems problems;

    LinkReader(Problems problems) {
        this.problems = problems;
    }

    /** The links under {@code links:}; absent means none unless required, and required means one or more. */
    Optional<List<Link>> read(YamlMapping owner, boolean required) {
        Optional<Node> value = required ? owner.required("links") : owner.optional("links");
        if (value.isEmpty()) {
            return required ? Optional.empty() : Optional.of(List.of());
        }
        Optional<List<Node>> items = owner.sequence(value.get(), "links");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (required && items.get().isEmpty()) {
            problems.at(value.get(), owner.owner() + " needs at least one link to a source");
            return Optional.empty();
        }
        List<Link> links = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Link> link = link(items.get().get(i), "link " + (i + 1) + " of " + owner.owner());
            link.ifPresent(links::add);
            complete &= link.isPresent();
        }
        return complete ? Optional.of(links) : Optional.empty();
    }

    private Optional<Link> link(Node node, String owner) {
        Optional<YamlMapping> mapping = YamlMapping.read(node, owner, KEYS, problems);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlText> title = mapping.get().text("title");
        Optional<YamlText> url = mapping.get().text("url");
        if (url.isPresent()) {
            Optional<String> problem = LinkCheck.problem(url.get().value());
            if (problem.isPresent()) {
                problems.at(url.get().node(), "link url '" + YamlMapping.shorten(url.get().value()) + "' " + problem.get());
                return Optional.empty();
            }
        }
        if (title.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link(title.get().value(), url.get().value()));
    }
}
