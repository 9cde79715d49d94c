package dev.termbot.glossary;

import dev.termbot.config.Problems;
import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;
import dev.termbot.core.CueFamily;
import dev.termbot.core.StanceCues;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code stance:} block (the shared one at the top level, or a rule's own): a mapping from
 * {@link CueFamily} keys to lists of cue words. Cues are words as people type them ("so-called",
 * "no such thing as", "/s"); quote and markup characters are refused because the analysis sees words, not
 * markup. Not thread-safe (reports into one load's problems).
 */
final class StanceCueReader {
    static final List<String> KEYS = Arrays.stream(CueFamily.values()).map(CueFamily::key).toList();
    static final int MAX_CUE_CHARS = 60;
    static final int MAX_CUE_WORDS = 6;
    // the characters the analysis reads as quoting or markup; a cue holding one could never match a word
    static final String MARKUP = "\"\u201C\u201D\u2018`*_~>|<[](){}#\\";

    private final Problems problems;

    StanceCueReader(Problems problems) {
        this.problems = problems;
    }

    /** The cues under {@code key} of {@code owner}; empty cues when the key is absent, empty Optional on a problem. */
    Optional<StanceCues> read(YamlMapping owner, String key) {
        Optional<Node> value = owner.optional(key);
        if (value.isEmpty()) {
            return Optional.of(StanceCues.NONE);
        }
        String label = "'" + key + "' in " + owner.owner();
        Optional<YamlMapping> block = YamlMapping.read(value.get(), label, KEYS, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Map<CueFamily, List<String>> byFamily = new EnumMap<>(CueFamily.class);
        boolean fine = true;
        for (CueFamily family : CueFamily.values()) {
            Optional<List<YamlText>> cues = block.get().texts(family.key(), false);
            if (cues.isEmpty()) {
                fine = false;
                continue;
            }
            Optional<List<String>> checked = checked(cues.get(), family.key() + "' of " + label);
            checked.filter(list -> !list.isEmpty()).ifPresent(list -> byFamily.put(family, list));
            fine &= checked.isPresent();
        }
        return fine ? Optional.of(new StanceCues(byFamily)) : Optional.empty();
    }

    private Optional<List<String>> checked(List<YamlText> cues, String where) {
        List<String> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean fine = true;
        for (YamlText cue : cues) {
            String text = cue.value().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
            Optional<String> problem = problem(text);
            if (problem.isPresent()) {
                problems.at(cue.node(), "cue '" + YamlMapping.shorten(cue.value()) + "' in '" + where + " " + problem.get());
                fine = false;
            } else if (!seen.add(text)) {
                problems.at(cue.node(), "cue '" + YamlMapping.shorten(cue.value()) + "' is listed twice in '" + where);
                fine = false;
            } else {
                read.add(text);
            }
        }
        return fine ? Optional.of(read) : Optional.empty();
    }

    private static Optional<String> problem(String cue) {
        if (cue.length() > MAX_CUE_CHARS) {
            return Optional.of("is longer than " + MAX_CUE_CHARS + " characters");
        }
        if (cue.split(" ").length > MAX_CUE_WORDS) {
            return Optional.of("has more than " + MAX_CUE_WORDS + " words");
        }
        boolean plain = cue.codePoints().noneMatch(c -> MARKUP.indexOf(c) >= 0 || Character.isISOControl(c));
        return plain ? Optional.empty()
                : Optional.of("holds quote or markup characters; list words only (the analysis finds quotes, "
                        + "strikethrough and block quotes itself)");
    }
}
