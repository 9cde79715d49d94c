package dev.termbot.glossary;

import dev.termbot.config.YamlMapping;
import dev.termbot.config.Problems;
import dev.termbot.config.YamlDocument;
import dev.termbot.core.ConfigException;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.StanceCues;
import dev.termbot.core.Term;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads {@code config/glossary.yaml}: parses the YAML, validates every entry and rule, and either
 * returns a {@link Glossary} or throws a {@link ConfigException} located at the earliest problem
 * ({@code file:line:col: message}); further problems found in the same pass ride along as
 * {@link Throwable#getSuppressed() suppressed} exceptions, in file order. The layout of the file is
 * documented in its header comment.
 *
 * <p>Stateless and thread-safe; every call reads afresh, which is what a hot reload needs.
 */
public final class GlossaryFile {
    /** Where the glossary shipped in the jar lives on the classpath. */
    public static final String DEFAULT_RESOURCE = "default-config/glossary.yaml";
    /** The only layout version this code reads. */
    public static final int VERSION = 1;

    static final List<String> ROOT_KEYS = List.of("version", "terms", "rules", "stance");
    // A glossary is a few hundred entries at most; anything near this size is a wrong file.
    private static final int MAX_BYTES = 1 << 20;

    private GlossaryFile() {
    }

    /** Reads and validates a glossary file; error locations use the path as given. */
    public static Glossary load(Path file) throws ConfigException {
        return check(file).glossary();
    }

    /** Reads and validates a glossary file and keeps where each review date is written. */
    public static CheckedGlossary check(Path file) throws ConfigException {
        return checkText(YamlDocument.read(file, MAX_BYTES), file.toString());
    }

    /** Parses and validates glossary YAML; {@code fileName} is only used in error messages. */
    public static Glossary parse(String yaml, String fileName) throws ConfigException {
        return checkText(yaml, fileName).glossary();
    }

    /** Like {@link #parse}, keeping where each review date is written. */
    public static CheckedGlossary checkText(String yaml, String fileName) throws ConfigException {
        Problems problems = new Problems(fileName);
        Optional<Node> root = YamlDocument.compose(yaml, problems, MAX_BYTES);
        problems.throwIfAny();
        if (root.isEmpty()) {
            throw new ConfigException(fileName, 1, 1, "file is empty; expected 'version', 'terms' and 'rules'");
        }
        return read(root.get(), problems, fileName);
    }

    /**
     * Like {@link #checkText}, with {@code entries} (each one glossary entry as a YAML mapping, the
     * overlay's format) appended to the file's {@code terms:} list before validation, so they pass
     * exactly the checks a hand-written entry passes, cross-checks with the file's entries included.
     */
    static CheckedGlossary checkWith(String yaml, String fileName, List<String> entries) throws ConfigException {
        Problems problems = new Problems(fileName);
        Optional<Node> root = YamlDocument.compose(yaml, problems, MAX_BYTES);
        problems.throwIfAny();
        if (root.isEmpty()) {
            throw new ConfigException(fileName, 1, 1, "file is empty; expected 'version', 'terms' and 'rules'");
        }
        Optional<org.yaml.snakeyaml.nodes.SequenceNode> terms = termsList(root.get());
        for (String entry : entries) {
            Problems entryProblems = new Problems("entry");
            Optional<Node> node = YamlDocument.compose(entry, entryProblems, MAX_BYTES);
            entryProblems.throwIfAny();
            if (node.isEmpty()) {
                throw new ConfigException("entry", 1, 1, "the entry is empty");
            }
            terms.orElseThrow(() -> new ConfigException(fileName, 1, 1, "the glossary has no 'terms' list to add entries to"))
                    .getValue().add(node.get());
        }
        return read(root.get(), problems, fileName);
    }

    /** The node of the top-level {@code terms:} list, when the document has one. */
    static Optional<org.yaml.snakeyaml.nodes.SequenceNode> termsList(Node root) {
        if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode mapping)) {
            return Optional.empty();
        }
        for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key && key.getValue().equals("terms")
                    && tuple.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode list) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }

    /** The text of the glossary shipped in the jar. */
    public static String defaultText() {
        try (InputStream in = GlossaryFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a glossary file, with the same limits and messages as {@link #check(Path)}. */
    public static String text(Path file) throws ConfigException {
        return YamlDocument.read(file, MAX_BYTES);
    }

    /**
     * The glossary shipped inside the jar. It is validated by the build's tests, so a failure here
     * means a broken build and is reported as an unchecked exception.
     */
    public static Glossary loadDefault() {
        return checkDefault().glossary();
    }

    /** The built-in glossary with the positions of its review dates (see {@link #loadDefault()}). */
    public static CheckedGlossary checkDefault() {
        try (InputStream in = GlossaryFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_RESOURCE + " is missing from the build");
            }
            return checkText(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (ConfigException e) {
            throw new IllegalStateException("the built-in glossary is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CheckedGlossary read(Node root, Problems problems, String fileName) throws ConfigException {
        Optional<YamlMapping> document = YamlMapping.read(root, "the glossary", ROOT_KEYS, problems);
        if (document.isEmpty()) {
            problems.throwIfAny(); // always throws: a root that is not a mapping was just reported
        }
        YamlMapping file = document.orElseThrow();
        checkVersion(file, problems);
        List<ParsedTerm> terms = entries(file, "terms", true, problems, new TermReader(problems)::read);
        List<ParsedRule> rules = entries(file, "rules", false, problems, new RuleReader(problems)::read);
        Optional<StanceCues> shared = new StanceCueReader(problems).read(file, "stance");
        problems.throwIfAny();
        new CrossChecks(problems).check(terms, rules);
        problems.throwIfAny();
        List<Term> glossaryTerms = terms.stream().map(ParsedTerm::term).toList();
        // every rule sees the shared cue words besides its own
        List<MisuseRule> glossaryRules = rules.stream().map(parsed -> parsed.rule().withSharedCues(shared.orElseThrow())).toList();
        List<ReviewDate> reviews = terms.stream().map(GlossaryFile::reviewDate).toList();
        return new CheckedGlossary(new Glossary(glossaryTerms, glossaryRules), fileName, reviews);
    }

    private static ReviewDate reviewDate(ParsedTerm term) {
        Mark start = term.reviewed().node().getStartMark();
        return new ReviewDate(term.term().id(), term.term().reviewed(), start.getLine() + 1, start.getColumn() + 1);
    }

    private static void checkVersion(YamlMapping file, Problems problems) {
        file.text("version").ifPresent(version -> {
            if (!version.value().equals(String.valueOf(VERSION))) {
                problems.at(version.node(), "unsupported version '" + YamlMapping.shorten(version.value())
                        + "'; this termbot reads version " + VERSION);
            }
        });
    }

    /** Reads one entry of a top-level list; returns empty when the entry had problems (already reported). */
    private interface EntryReader<T> {
        Optional<T> read(Node node, int position);
    }

    private static <T> List<T> entries(YamlMapping file, String key, boolean required, Problems problems, EntryReader<T> reader) {
        Optional<Node> value = required ? file.required(key) : file.optional(key);
        List<T> read = new ArrayList<>();
        Optional<List<Node>> items = value.flatMap(node -> file.sequence(node, key));
        if (required && items.isPresent() && items.get().isEmpty()) {
            problems.at(value.get(), "'" + key + "' is empty; the glossary needs at least one entry");
        }
        for (int i = 0; i < items.map(List::size).orElse(0); i++) {
            reader.read(items.get().get(i), i + 1).ifPresent(read::add);
        }
        return read;
    }
}
