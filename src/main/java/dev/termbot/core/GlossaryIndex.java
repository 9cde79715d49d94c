package dev.termbot.core;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every entry of the glossary, for {@code /define} without a term: sorted by display name and grouped
 * under their initial letter (the glossary file has no categories, and a reader scanning for a term
 * knows its first letter). Entries that begin with a digit or a sign share the group "#".
 *
 * @param groups the groups, in alphabetical order, each with its entries in alphabetical order
 */
public record GlossaryIndex(List<Group> groups) {
    /** The words after {@code /define} that ask for the list instead of a term. */
    private static final List<String> LIST_WORDS = List.of("", "list", "all", "*");

    /** One initial letter and its entries. */
    public record Group(String heading, List<Term> terms) {
        public Group {
            terms = List.copyOf(terms);
        }
    }

    public GlossaryIndex {
        groups = List.copyOf(groups);
    }

    /** Whether a {@code /define} query asks for the list: nothing, "list", "all" or "*". */
    public static boolean asks(String query) {
        return LIST_WORDS.contains(query == null ? "" : query.strip().toLowerCase(Locale.ROOT));
    }

    public static GlossaryIndex of(Collection<Term> terms) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(Term::display, collator).thenComparing(Term::id));
        Map<String, List<Term>> byInitial = new LinkedHashMap<>();
        for (Term term : sorted) {
            byInitial.computeIfAbsent(initial(term.display()), key -> new ArrayList<>()).add(term);
        }
        List<Group> groups = new ArrayList<>();
        // "#" first, as dictionaries put numbers before letters
        if (byInitial.containsKey("#")) {
            groups.add(new Group("#", byInitial.remove("#")));
        }
        byInitial.forEach((heading, list) -> groups.add(new Group(heading, list)));
        return new GlossaryIndex(groups);
    }

    /** How many entries the index holds. */
    public int size() {
        return groups.stream().mapToInt(group -> group.terms().size()).sum();
    }

    /** One line per group: "D: Distillation, Distillation attack". */
    public String toPlainText() {
        StringBuilder out = new StringBuilder();
        for (Group group : groups) {
            out.append(group.heading()).append(": ")
                    .append(String.join(", ", group.terms().stream().map(Term::display).toList())).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String initial(String display) {
        String folded = Normalizer.normalize(display.strip(), Normalizer.Form.NFKD);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetter(c)) {
                return String.valueOf(c).toUpperCase(Locale.ROOT);
            }
            if (Character.isDigit(c)) {
                return "#";
            }
        }
        return "#";
    }
}
