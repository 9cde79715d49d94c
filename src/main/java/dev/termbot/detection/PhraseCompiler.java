package dev.termbot.detection;

import dev.termbot.core.MisuseRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Builds the matching tables from the rules: folds every phrase and exception, asks
 * {@link Inflections} for the forms of each word, files every form path in one {@link PhraseTrie},
 * and marks as denied the real words that lie one edit from a watched form. Build time only; not
 * thread-safe (one compiler per build).
 */
final class PhraseCompiler {
    /** Inflection combinations per phrase; far beyond what a real phrase needs. */
    private static final int MAX_PATHS = 1024;

    private final Inflections inflections;
    private final Map<String, Integer> formIds = new LinkedHashMap<>();
    private final Set<Integer> startForms = new LinkedHashSet<>();
    private final List<PhraseEntry> entries = new ArrayList<>();
    private final PhraseTrie.Builder trie = new PhraseTrie.Builder();

    private PhraseCompiler(Inflections inflections) {
        this.inflections = inflections;
    }

    static CompiledPhrases compile(List<MisuseRule> rules, Inflections inflections) {
        PhraseCompiler compiler = new PhraseCompiler(inflections);
        for (int r = 0; r < rules.size(); r++) {
            MisuseRule rule = rules.get(r);
            for (String phrase : rule.phrases()) {
                compiler.add(rule, r, phrase, false);
            }
            for (String exception : rule.exceptions()) {
                compiler.add(rule, r, exception, true);
            }
            for (String order : rule.wordOrders()) {
                compiler.addWordOrder(rule, r, order);
            }
        }
        return compiler.freeze();
    }

    private void add(MisuseRule rule, int ruleIndex, String phrase, boolean exception) {
        List<String> words = wordsOf(rule, phrase);
        file(rule, ruleIndex, phrase, exception, words, formsOf(words));
    }

    /**
     * Files another word order of one of the rule's phrases ("attack by distillation"), inflected
     * where that phrase is: the phrase's words keep the phrase's forms, the added words stand for
     * themselves. Asking the inflections about the new order instead would pick its head afresh
     * and could inflect the wrong word ("attack using distillations").
     */
    private void addWordOrder(MisuseRule rule, int ruleIndex, String order) {
        List<String> words = wordsOf(rule, order);
        for (String phrase : rule.phrases()) {
            List<String> phraseWords = FoldedWords.of(phrase);
            List<Set<String>> phraseForms = formsOf(phraseWords);
            List<Set<String>> forms = WordOrderForms.map(words, phraseWords, phraseForms);
            if (forms != null) {
                file(rule, ruleIndex, order, false, words, forms);
                return;
            }
        }
        throw new IllegalArgumentException("rule " + rule.id() + ": word order \"" + order + "\" uses the words of none of its phrases");
    }

    private static List<String> wordsOf(MisuseRule rule, String phrase) {
        List<String> words = FoldedWords.of(phrase == null ? "" : phrase);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("rule " + rule.id() + ": phrase \"" + phrase + "\" has no words");
        }
        return words;
    }

    private List<Set<String>> formsOf(List<String> words) {
        List<Set<String>> forms = inflections.formsOf(words);
        if (forms.size() != words.size()) {
            throw new IllegalStateException("inflections returned " + forms.size() + " form sets for " + words.size() + " words");
        }
        return forms;
    }

    private void file(MisuseRule rule, int ruleIndex, String phrase, boolean exception, List<String> words,
                      List<Set<String>> forms) {
        List<int[]> ids = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            ids.add(idsOf(words.get(k), forms.get(k)));
        }
        startForms.addAll(IntStream.of(ids.get(0)).boxed().toList());
        int entry = entries.size();
        entries.add(new PhraseEntry(ruleIndex, exception));
        List<int[]> paths = paths(ids);
        if (paths.size() > MAX_PATHS) {
            throw new IllegalArgumentException("rule " + rule.id() + ": \"" + phrase + "\" has too many inflected forms");
        }
        paths.forEach(path -> trie.add(path, entry));
    }

    /** Ids of the word and of each of its forms that folds to a single word. */
    private int[] idsOf(String word, Set<String> forms) {
        Set<Integer> ids = new LinkedHashSet<>();
        ids.add(idOf(word));
        for (String form : forms) {
            List<String> folded = FoldedWords.of(form);
            if (folded.size() == 1) {
                ids.add(idOf(folded.get(0)));
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private int idOf(String form) {
        return formIds.computeIfAbsent(form, f -> formIds.size());
    }

    private static List<int[]> paths(List<int[]> choices) {
        List<int[]> paths = new ArrayList<>();
        paths.add(new int[0]);
        for (int[] choice : choices) {
            List<int[]> longer = new ArrayList<>();
            for (int[] path : paths) {
                for (int id : choice) {
                    int[] next = Arrays.copyOf(path, path.length + 1);
                    next[path.length] = id;
                    longer.add(next);
                }
            }
            paths = longer;
            if (paths.size() > MAX_PATHS) {
                break;
            }
        }
        return paths;
    }

    private CompiledPhrases freeze() {
        char[][] forms = new char[formIds.size()][];
        formIds.forEach((form, id) -> forms[id] = form.toCharArray());
        Map<String, Integer> table = new HashMap<>(formIds);
        Set<String> real = new LinkedHashSet<>(RealWords.curated());
        for (String word : inflections.realWords()) {
            if (word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                real.add(word); // already folded: the common case, and thousands of words
            } else {
                real.addAll(FoldedWords.of(word));
            }
        }
        WordGate gate = new WordGate(startForms.stream().map(id -> forms[id]).toArray(char[][]::new));
        TypoIndex anyTypos = new TypoIndex(forms, IntStream.range(0, forms.length).boxed().toList());
        denyRealWords(real, forms, gate, anyTypos, table);
        PhraseTrie phrases = trie.build(forms.length);
        char[][] starts = startForms.stream().map(id -> forms[id]).toArray(char[][]::new);
        return new CompiledPhrases(gate, new WordTable(table), new TypoIndex(forms, List.copyOf(startForms)), anyTypos,
                phrases, forms, entries.toArray(PhraseEntry[]::new), lengths(forms), lengths(starts));
    }

    /**
     * Shortest and longest word that can match one of {@code forms}, typos included. Kept apart
     * for the forms that start a phrase: a short word inside a phrase ("by" in "attack by
     * distillation") must not send every short chat word through the gate.
     */
    private static WordLengths lengths(char[][] forms) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (char[] form : forms) {
            boolean typos = form.length >= TypoIndex.MIN_LENGTH;
            min = Math.min(min, typos ? Math.max(TypoIndex.MIN_LENGTH, form.length - 1) : form.length);
            max = Math.max(max, Math.min(FoldedText.CAPACITY, typos ? form.length + 1 : form.length));
        }
        return new WordLengths(min, max);
    }

    /**
     * A real word, spelled right, is never a typo of a watched one ("attach" is not "attack"), so
     * the real spellings one edit from a form are denied. So are the real spellings that pass the
     * gate: they cannot be typos either (no form is one edit away, or they would be in the first
     * group), and denying them lets the common chat words that get past the gate stop at the
     * word table, before the typo lookup. Other real words never reach a lookup except right after
     * a half-matched phrase, where the typo lookup finds nothing for them; leaving them out keeps
     * the word table small enough for the cache.
     */
    private void denyRealWords(Set<String> real, char[][] forms, WordGate gate, TypoIndex anyTypos,
                               Map<String, Integer> table) {
        int[] found = new int[1];
        WordGate anyForm = new WordGate(forms); // sound for "one edit from some form": a cheap first test
        for (String word : real) {
            Set<String> spellings = EnglishForms.all(word);
            spellings.add(word);
            for (String spelling : spellings) {
                int n = spelling.length();
                if (n < TypoIndex.MIN_LENGTH || n >= FoldedText.CAPACITY || formIds.containsKey(spelling)) {
                    continue;
                }
                char[] padded = EndKeys.padded(spelling.toCharArray(), n);
                if (anyForm.passes(padded, 0, n) == 0 || !anyForm.passesCloser(padded, 0, n)) {
                    continue; // near no form, and (the start gate holding fewer forms) past no gate
                }
                boolean passesGate = gate.passes(padded, 0, n) == 1 && gate.passesCloser(padded, 0, n);
                if (passesGate || anyTypos.collect(padded, 0, n, found) != 0) {
                    table.put(spelling, WordTable.DENIED);
                }
            }
        }
    }
}
