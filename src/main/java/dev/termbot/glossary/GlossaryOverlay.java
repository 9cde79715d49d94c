package dev.termbot.glossary;

import dev.termbot.core.ConfigException;
import dev.termbot.core.Link;
import dev.termbot.core.SuggestedEntry;
import dev.termbot.config.Problems;
import dev.termbot.config.YamlDocument;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossary overlay: entries approved from chat, kept in the database in the glossary file's own
 * YAML and merged over the file.
 *
 * <p><b>The file wins.</b> An overlay entry is added only where it fits the file as it stands: when
 * the file gains an entry with the same id or spelling (typically after {@code glossary export} was
 * committed, or a moderator wrote the entry by hand), the file's entry is the one in force and the
 * overlay's copy is skipped. So the file stays the source of truth, an edit to it always takes
 * effect, and committing an export changes nothing for the bot.
 *
 * <p>Stateless and thread-safe.
 */
public final class GlossaryOverlay {
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}\"'\u201d\u2019";
    private static final int MAX_ID_CHARS = 64;

    private GlossaryOverlay() {
    }

    /**
     * The file's glossary with the overlay merged in; entries that do not fit (see the class comment)
     * are listed as skipped with the reason.
     *
     * @param entries the overlay's entries, in approval order
     * @throws ConfigException when the file itself is invalid (the overlay never makes it valid)
     */
    public static Merged merge(String fileYaml, String fileName, List<String> entries) throws ConfigException {
        CheckedGlossary fileOnly = GlossaryFile.checkWith(fileYaml, fileName, List.of());
        if (entries.isEmpty()) {
            return new Merged(fileOnly, List.of(), List.of());
        }
        try {
            return new Merged(GlossaryFile.checkWith(fileYaml, fileName, entries), List.copyOf(entries), List.of());
        } catch (ConfigException clash) {
            // one entry at a time: the ones that fit stay, the others are reported
            List<String> kept = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            CheckedGlossary merged = fileOnly;
            for (String entry : entries) {
                List<String> trial = new ArrayList<>(kept);
                trial.add(entry);
                try {
                    merged = GlossaryFile.checkWith(fileYaml, fileName, trial);
                    kept.add(entry);
                } catch (ConfigException e) {
                    skipped.add(new Skipped(entry, e.problem()));
                }
            }
            return new Merged(merged, kept, skipped);
        }
    }

    /** The merged glossary, the overlay entries in it, and those left out with the reason. */
    public record Merged(CheckedGlossary checked, List<String> entries, List<Skipped> skipped) {
        public Merged {
            entries = List.copyOf(entries);
            skipped = List.copyOf(skipped);
        }

        public Glossary glossary() {
            return checked.glossary();
        }
    }

    /** An overlay entry the file left no room for. */
    public record Skipped(String entryYaml, String problem) {
    }

    /**
     * What the file's validation says about one more entry on top of the file and the overlay
     * entries already merged; empty when it fits.
     */
    public static Optional<String> problemWith(String fileYaml, String fileName, List<String> merged, String candidate) {
        List<String> all = new ArrayList<>(merged);
        all.add(candidate);
        try {
            GlossaryFile.checkWith(fileYaml, fileName, all);
            return Optional.empty();
        } catch (ConfigException e) {
            return Optional.of(e.problem());
        }
    }

    /** A suggestion as the entry it becomes, with its id; the validation is {@link #problemWith}'s. */
    public record Entry(String id, String yaml) {
    }

    /**
     * Writes a suggestion as a glossary entry: its id is the term as a slug, its definition the
     * member's sentence, its links the https addresses the member put after it, and its note says
     * where it came from (the file requires two to four sentences, which a chat suggestion does not
     * have; a moderator can write a real note in the file after an export).
     */
    public static Entry entry(SuggestedEntry suggested, LocalDate reviewed) {
        String id = slug(suggested.term());
        List<Link> links = new ArrayList<>();
        Matcher urls = URL.matcher(suggested.definition());
        StringBuilder definition = new StringBuilder();
        int from = 0;
        while (urls.find()) {
            String url = trimPunctuation(urls.group());
            definition.append(suggested.definition(), from, urls.start());
            from = urls.start() + url.length();
            links.add(new Link("Source: " + host(url), url));
        }
        definition.append(suggested.definition().substring(from));
        // what the links leave behind: "falling. ." or "see ( )" becomes "falling." and "see"
        String sentence = Prose.tidy(definition.toString().replaceAll("\\(\\s*\\)|\\[\\s*]", " "))
                .replaceAll("\\s+([.,;:!?])", "$1").replaceAll("([.!?])[.!?]+$", "$1")
                .replaceAll("[\\s(\\[:,;-]+$", "").strip();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("term", suggested.term());
        entry.put("definition", sentence);
        entry.put("note", "Suggested by a community member in chat and approved by a moderator on " + reviewed
                + ". The glossary file can give it a longer note and more sources.");
        List<Map<String, String>> linkList = new ArrayList<>();
        for (Link link : links) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("title", link.title());
            item.put("url", link.url());
            linkList.add(item);
        }
        entry.put("links", linkList);
        entry.put("related", List.of());
        entry.put("reviewed", reviewed.toString());
        return new Entry(id, yaml().dump(entry));
    }

    /**
     * The glossary file's text with the overlay entries appended to its {@code terms:} list, every
     * comment and blank line of the file kept, each added entry under a comment saying it came from
     * chat: what {@code glossary export} writes, ready to commit. The result is read back through
     * the file's validation before it is returned.
     *
     * @throws ConfigException when the file is invalid, or the text cannot be spliced (a flow-style list)
     */
    public static String export(String fileYaml, String fileName, List<String> entries) throws ConfigException {
        Merged merged = merge(fileYaml, fileName, entries);
        if (merged.entries().isEmpty()) {
            return fileYaml;
        }
        Problems problems = new Problems(fileName);
        Node root = YamlDocument.compose(fileYaml, problems, Integer.MAX_VALUE).orElseThrow();
        SequenceNode terms = GlossaryFile.termsList(root).orElseThrow();
        if (terms.getFlowStyle() == DumperOptions.FlowStyle.FLOW || terms.getValue().isEmpty()) {
            throw new ConfigException(fileName, terms.getStartMark().getLine() + 1, terms.getStartMark().getColumn() + 1,
                    "export needs the 'terms' list in block style (one '- id: ...' per entry)");
        }
        int dash = terms.getStartMark().getColumn();
        int keys = terms.getValue().get(0).getStartMark().getColumn();
        int at = endOfLine(fileYaml, lastText(fileYaml, lastNode(terms).getEndMark().getIndex()));
        StringBuilder added = new StringBuilder();
        for (String entry : merged.entries()) {
            added.append('\n').append(" ".repeat(dash)).append("# added from chat, approved by a moderator\n");
            String[] lines = entry.stripTrailing().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String prefix = i == 0 ? " ".repeat(dash) + "-" + " ".repeat(Math.max(1, keys - dash - 1)) : " ".repeat(keys);
                added.append(lines[i].isEmpty() ? "" : prefix + lines[i]).append('\n');
            }
        }
        String exported = fileYaml.substring(0, at) + added + fileYaml.substring(at);
        // the export must load back exactly as the merged glossary: fail here rather than hand over a broken file
        CheckedGlossary back = GlossaryFile.checkText(exported, fileName);
        if (!back.glossary().equals(merged.glossary())) {
            throw new ConfigException(fileName, 1, 1, "the exported glossary does not read back as the merged one");
        }
        return exported;
    }

    /** The term as an id: accents folded, lower case, every run of other characters one hyphen, at most 64 characters. */
    static String slug(String term) {
        String folded = Normalizer.normalize(term, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_ID_CHARS) {
            slug = slug.substring(0, MAX_ID_CHARS).replaceAll("-+$", "");
        }
        return slug;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(100);
        options.setSplitLines(true);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options);
    }

    private static String trimPunctuation(String url) {
        int end = url.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "link";
        }
    }

    /** The last node of a tree, depth first: the scalar written last. */
    private static Node lastNode(Node node) {
        if (node instanceof SequenceNode list && !list.getValue().isEmpty()) {
            return lastNode(list.getValue().get(list.getValue().size() - 1));
        }
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode map && !map.getValue().isEmpty()) {
            return lastNode(map.getValue().get(map.getValue().size() - 1).getValueNode());
        }
        return node;
    }

    /** The index just after the last non-blank character before {@code end}. */
    private static int lastText(String text, int end) {
        int at = Math.min(end, text.length());
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** The index just after the line break that ends the line holding {@code at} (or the text's end). */
    private static int endOfLine(String text, int at) {
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline + 1;
    }
}
