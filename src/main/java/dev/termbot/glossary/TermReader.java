package dev.termbot.glossary;

import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;
import dev.termbot.config.Problems;
import dev.termbot.core.Link;
import dev.termbot.core.Term;
import org.yaml.snakeyaml.nodes.Node;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one entry under {@code terms:} and checks everything that can be checked without looking
 * at other entries. Not thread-safe (reports into one load's problems).
 */
final class TermReader {
    static final List<String> KEYS = List.of("id", "term", "aliases", "definition", "note", "links", "related", "reviewed");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int MAX_NAME_CHARS = 80;
    static final int MAX_DEFINITION_CHARS = 300;
    static final int MAX_NOTE_CHARS = 900;

    private final Problems problems;
    private final LinkReader links;

    TermReader(Problems problems) {
        this.problems = problems;
        this.links = new LinkReader(problems);
    }

    Optional<ParsedTerm> read(Node node, int position) {
        Optional<YamlMapping> read = YamlMapping.read(node, YamlMapping.label(node, "term", position), KEYS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping entry = read.get();
        Optional<YamlText> id = entry.text("id").filter(text -> isSlug(text, problems));
        Optional<YamlText> display = entry.text("term").filter(text -> isName(text, "term"));
        Optional<List<YamlText>> aliases = entry.texts("aliases", false)
                .filter(all -> all.stream().filter(alias -> !isName(alias, "alias")).count() == 0);
        Optional<String> definition = prose(entry, "definition", MAX_DEFINITION_CHARS, 1, 1);
        Optional<String> note = prose(entry, "note", MAX_NOTE_CHARS, 2, 4);
        Optional<List<Link>> sources = links.read(entry, true);
        Optional<List<YamlText>> related = entry.texts("related", false);
        Optional<YamlText> reviewedText = entry.text("reviewed");
        Optional<LocalDate> reviewed = reviewedText.flatMap(this::date);
        if (id.isEmpty() || display.isEmpty() || aliases.isEmpty() || definition.isEmpty() || note.isEmpty()
                || sources.isEmpty() || related.isEmpty() || reviewed.isEmpty()) {
            return Optional.empty();
        }
        Term term = new Term(id.get().value(), display.get().value(), values(aliases.get()), definition.get(),
                note.get(), sources.get(), values(related.get()), reviewed.get());
        return Optional.of(new ParsedTerm(term, id.get(), display.get(), aliases.get(), related.get(), reviewedText.get()));
    }

    static List<String> values(List<YamlText> texts) {
        return texts.stream().map(YamlText::value).toList();
    }

    static boolean isSlug(YamlText id, Problems problems) {
        if (id.value().length() <= 64 && SLUG.matcher(id.value()).matches()) {
            return true;
        }
        problems.at(id.node(), "id '" + YamlMapping.shorten(id.value())
                + "' must be a slug: lower-case letters and digits joined by single hyphens, like 'open-weight-model'");
        return false;
    }

    private boolean isName(YamlText name, String what) {
        if (name.value().length() > MAX_NAME_CHARS || name.value().contains("\n")) {
            problems.at(name.node(), what + " '" + YamlMapping.shorten(name.value()) + "' must be one line of at most "
                    + MAX_NAME_CHARS + " characters");
            return false;
        }
        if (TermKey.of(name.value()).isEmpty()) {
            problems.at(name.node(), what + " '" + name.value() + "' has no letters or digits, so nobody could look it up");
            return false;
        }
        return true;
    }

    private Optional<String> prose(YamlMapping entry, String key, int maxChars, int minSentences, int maxSentences) {
        Optional<YamlText> text = entry.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String tidy = Prose.tidy(text.get().value());
        Optional<String> problem = Prose.problem(tidy, maxChars, minSentences, maxSentences);
        problem.ifPresent(message -> problems.at(text.get().node(), "'" + key + "' in " + entry.owner() + " " + message));
        return problem.isEmpty() ? Optional.of(tidy) : Optional.empty();
    }

    private Optional<LocalDate> date(YamlText text) {
        try {
            return Optional.of(LocalDate.parse(text.value()));
        } catch (DateTimeParseException e) {
            problems.at(text.node(), "reviewed date '" + YamlMapping.shorten(text.value())
                    + "' is not a calendar date written as YYYY-MM-DD");
            return Optional.empty();
        }
    }
}
