package dev.termbot.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cue words of a rule, by {@link CueFamily}: the glossary's shared {@code stance:} block plus the
 * rule's own. Cues are lower-case word sequences ("no such thing as"); matching them against a
 * message (inflections, token boundaries) is the stance analysis' business.
 */
public record StanceCues(Map<CueFamily, List<String>> byFamily) {
    public static final StanceCues NONE = new StanceCues(Map.of());

    public StanceCues {
        EnumMap<CueFamily, List<String>> copy = new EnumMap<>(CueFamily.class);
        byFamily.forEach((family, cues) -> copy.put(family, List.copyOf(cues)));
        byFamily = Collections.unmodifiableMap(copy);
    }

    public List<String> of(CueFamily family) {
        return byFamily.getOrDefault(family, List.of());
    }

    /** These cues and {@code more}'s, family by family, without repeats. */
    public StanceCues plus(StanceCues more) {
        EnumMap<CueFamily, List<String>> merged = new EnumMap<>(CueFamily.class);
        for (CueFamily family : CueFamily.values()) {
            List<String> all = new ArrayList<>(of(family));
            more.of(family).stream().filter(cue -> !all.contains(cue)).forEach(all::add);
            if (!all.isEmpty()) {
                merged.put(family, all);
            }
        }
        return new StanceCues(merged);
    }

    public boolean isEmpty() {
        return byFamily.values().stream().allMatch(List::isEmpty);
    }
}
