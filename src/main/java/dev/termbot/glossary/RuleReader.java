package dev.termbot.glossary;

import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;
import dev.termbot.config.Problems;
import dev.termbot.core.Link;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.StanceCues;
import dev.termbot.core.WhenDisputed;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one entry under {@code rules:} and checks what can be checked without the terms: a slug id,
 * at least one non-empty phrase, exceptions that really contain a watched phrase, a short reply.
 * Not thread-safe (reports into one load's problems).
 */
final class RuleReader {
    static final List<String> KEYS = List.of("id", "term", "phrases", "word_orders", "exceptions", "reply", "links",
            "when_disputed", "stance");
    static final int MAX_REPLY_CHARS = 600;

    private final Problems problems;
    private final LinkReader links;
    private final StanceCueReader cues;
    private final WordOrderReader wordOrders;

    RuleReader(Problems problems) {
        this.problems = problems;
        this.links = new LinkReader(problems);
        this.cues = new StanceCueReader(problems);
        this.wordOrders = new WordOrderReader(problems);
    }

    Optional<ParsedRule> read(Node node, int position) {
        Optional<YamlMapping> read = YamlMapping.read(node, YamlMapping.label(node, "rule", position), KEYS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping entry = read.get();
        Optional<YamlText> id = entry.text("id").filter(text -> TermReader.isSlug(text, problems));
        Optional<YamlText> term = entry.text("term");
        Optional<List<YamlText>> phrases = phrases(entry);
        Optional<List<YamlText>> exceptions = entry.texts("exceptions", false)
                .filter(all -> phrases.isEmpty() || allContainAPhrase(entry, all, phrases.get()));
        Optional<List<YamlText>> orders = phrases.isEmpty() ? Optional.of(List.of()) : wordOrders.read(entry, phrases.get());
        Optional<String> reply = reply(entry);
        Optional<List<Link>> sources = links.read(entry, false);
        Optional<WhenDisputed> whenDisputed = whenDisputed(entry);
        Optional<StanceCues> ownCues = cues.read(entry, "stance");
        if (id.isEmpty() || term.isEmpty() || phrases.isEmpty() || exceptions.isEmpty() || reply.isEmpty()
                || sources.isEmpty() || whenDisputed.isEmpty() || ownCues.isEmpty() || orders.isEmpty()) {
            return Optional.empty();
        }
        MisuseRule rule = new MisuseRule(id.get().value(), term.get().value(), TermReader.values(phrases.get()),
                TermReader.values(exceptions.get()), reply.get(), sources.get(), whenDisputed.get(), ownCues.get(),
                TermReader.values(orders.get()));
        return Optional.of(new ParsedRule(rule, id.get(), term.get(), phrases.get(), orders.get()));
    }

    private Optional<WhenDisputed> whenDisputed(YamlMapping entry) {
        if (entry.optional("when_disputed").isEmpty()) {
            return Optional.of(WhenDisputed.QUIET);
        }
        return entry.text("when_disputed").flatMap(text -> {
            Optional<WhenDisputed> known = Arrays.stream(WhenDisputed.values())
                    .filter(choice -> choice.key().equals(text.value())).findFirst();
            if (known.isEmpty()) {
                problems.at(text.node(), "'when_disputed' in " + entry.owner() + " must be 'quiet' or 'note', not '"
                        + YamlMapping.shorten(text.value()) + "'");
            }
            return known;
        });
    }

    private Optional<List<YamlText>> phrases(YamlMapping entry) {
        Optional<Node> value = entry.required("phrases");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<YamlText>> phrases = entry.texts("phrases", true);
        if (phrases.isPresent() && phrases.get().isEmpty()) {
            problems.at(value.get(), entry.owner() + " watches no phrases; list at least one under 'phrases'");
            return Optional.empty();
        }
        return phrases.filter(all -> all.stream().filter(phrase -> !hasWords(phrase)).count() == 0);
    }

    private boolean hasWords(YamlText phrase) {
        if (TermKey.words(TermKey.readable(phrase.value())).isEmpty()) {
            problems.at(phrase.node(), "phrase '" + phrase.value() + "' has no letters or digits");
            return false;
        }
        return true;
    }

    // An exception that contains none of the phrases can never apply, which is almost always a typo.
    private boolean allContainAPhrase(YamlMapping entry, List<YamlText> exceptions, List<YamlText> phrases) {
        List<String> watched = new ArrayList<>();
        phrases.forEach(phrase -> watched.add(spaced(phrase.value())));
        boolean fine = true;
        for (YamlText exception : exceptions) {
            String text = spaced(exception.value());
            if (watched.stream().noneMatch(text::contains)) {
                problems.at(exception.node(), "exception '" + YamlMapping.shorten(exception.value()) + "' of "
                        + entry.owner() + " contains none of its phrases, so it could never apply");
                fine = false;
            }
        }
        return fine;
    }

    private static String spaced(String text) {
        return " " + String.join(" ", TermKey.words(TermKey.readable(text))) + " ";
    }

    private Optional<String> reply(YamlMapping entry) {
        Optional<YamlText> text = entry.text("reply");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String tidy = Prose.tidy(text.get().value());
        Optional<String> problem = Prose.problem(tidy, MAX_REPLY_CHARS, 1, 4);
        problem.ifPresent(message -> problems.at(text.get().node(), "'reply' in " + entry.owner() + " " + message));
        return problem.isEmpty() ? Optional.of(tidy) : Optional.empty();
    }
}
