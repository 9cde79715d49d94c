package dev.termbot.glossary;

import dev.termbot.core.LookupResult;
import dev.termbot.core.Term;
import dev.termbot.core.TermLookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Answers {@code /define} from the glossary. A query is reduced to its key (case, Unicode form,
 * markup, hyphens and spacing, simple plurals and a leading "what is" do not matter) and looked up
 * among the keys of every id, display term and alias; failing that, one entry is accepted if it is
 * the only closest within a few slips of the keyboard (see {@link Typos}); otherwise the answer is
 * "not found" with up to three suggestions, best first. Overlong or garbage queries are refused
 * before any quadratic work.
 *
 * <p>Immutable after construction and safe for use by many threads.
 */
public final class GlossaryLookup implements TermLookup {
    /** The longest normalised query considered; also the longest query reported back. */
    public static final int MAX_QUERY_CHARS = 200;
    // Raw input longer than this cannot normalise to a term; refuse it before normalising it.
    private static final int MAX_RAW_CHARS = 1_000;
    private static final int MAX_SUGGESTIONS = 3;

    private final Map<String, Term> byKey;
    private final List<SpellingKey> spellings;
    private final Suggestions suggestions;

    /** Indexes the terms; on a key shared by two terms the earlier wins (validated glossaries have none). */
    public GlossaryLookup(List<Term> terms) {
        Map<String, Term> keys = new LinkedHashMap<>();
        // ids first, then display terms, then aliases: an exact id can never be shadowed by an alias
        terms.forEach(term -> put(keys, term.id(), term));
        terms.forEach(term -> put(keys, term.display(), term));
        terms.forEach(term -> term.aliases().forEach(alias -> put(keys, alias, term)));
        this.byKey = Map.copyOf(keys);
        this.spellings = keys.entrySet().stream().map(entry -> new SpellingKey(entry.getKey(), entry.getValue())).toList();
        this.suggestions = new Suggestions(spellings, terms, MAX_SUGGESTIONS);
    }

    /** Indexes a loaded glossary's terms. */
    public GlossaryLookup(Glossary glossary) {
        this(glossary.terms());
    }

    @Override
    public LookupResult lookup(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.length() > MAX_RAW_CHARS) {
            return notFound(cap(TermKey.readable(trimmed.substring(0, MAX_QUERY_CHARS))), List.of());
        }
        String readable = TermKey.readable(trimmed);
        if (readable.length() > MAX_QUERY_CHARS) {
            return notFound(cap(readable), List.of());
        }
        List<String> words = TermKey.words(readable);
        String key = String.join("", words);
        if (key.isEmpty()) {
            return notFound(readable, List.of());
        }
        Term exact = byKey.get(key);
        if (exact != null) {
            return new LookupResult(readable, Optional.of(exact), List.of());
        }
        Optional<Term> typo = closestSlip(key);
        if (typo.isPresent()) {
            return new LookupResult(readable, typo, List.of());
        }
        return notFound(readable, suggestions.forQuery(key, words));
    }

    // Accept a slip only when exactly one entry is closest; a tie is a guess, and guesses belong in suggestions.
    private Optional<Term> closestSlip(String key) {
        int best = Integer.MAX_VALUE;
        Map<String, Term> bestTerms = new HashMap<>();
        for (SpellingKey spelling : spellings) {
            OptionalInt slips = Typos.slips(key, spelling.key());
            if (slips.isEmpty() || slips.getAsInt() > best) {
                continue;
            }
            if (slips.getAsInt() < best) {
                best = slips.getAsInt();
                bestTerms.clear();
            }
            bestTerms.put(spelling.term().id(), spelling.term());
        }
        return bestTerms.size() == 1 ? Optional.of(bestTerms.values().iterator().next()) : Optional.empty();
    }

    private static LookupResult notFound(String query, List<Term> suggestions) {
        return new LookupResult(query, Optional.empty(), suggestions);
    }

    private static String cap(String readable) {
        return readable.length() <= MAX_QUERY_CHARS ? readable : readable.substring(0, MAX_QUERY_CHARS).strip();
    }

    private static void put(Map<String, Term> keys, String spelling, Term term) {
        String key = TermKey.of(spelling);
        if (!key.isEmpty()) {
            keys.putIfAbsent(key, term);
        }
    }

    /** One indexed spelling: the key of an id, display term or alias, and its entry. */
    record SpellingKey(String key, Term term) {
    }
}
