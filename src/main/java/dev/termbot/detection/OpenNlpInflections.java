package dev.termbot.detection;

import dev.termbot.detection.stance.EnglishModels;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * {@link Inflections} from the OpenNLP English models (UD English Web Treebank) on the classpath:
 * the POS tagger finds a phrase's head ("attack" in "distillation attack", "attack" in "attack on
 * distillation"); regular English spellings of the head's plural or verb forms are proposed, and
 * the lemmatizer keeps those whose lemma is the head's lemma ("attacks" yes, "attackes" no).
 * Only the head is inflected: "distillation attacks", but not "distillations attack".
 *
 * <p>The real-word vocabulary is the set of words the lemmatizer model saw in training, read from
 * its features; {@code real-words.txt} adds words it lacks.
 *
 * <p>Models load once, in the constructor; nothing here runs per message. Thread-safe: the
 * tagger is not, so every call is synchronised (they happen only while a detector is built).
 */
public final class OpenNlpInflections implements Inflections {
    static final String POS_MODEL = EnglishModels.POS_MODEL;
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final Set<String> LINKING_WORDS = Set.of("of", "on", "in", "for", "by", "via", "and", "or", "to",
            "with", "from", "against", "through", "into", "onto", "over", "under", "about");

    private final POSTaggerME tagger;
    private final MaxentModel lemmas;
    private final LemmatizerContextGenerator lemmaContext;
    private final Set<String> vocabulary;
    private final Map<String, String> lemmaCache = new HashMap<>();
    private final Map<List<String>, List<Set<String>>> phraseCache = new HashMap<>();

    private OpenNlpInflections(POSModel pos, LemmatizerModel lemmaModel) {
        this.tagger = new POSTaggerME(pos);
        this.lemmas = lemmaModel.getArtifact("lemmatizer.model");
        if (lemmas == null) {
            throw new IllegalStateException("the lemmatizer model has no maxent model inside");
        }
        this.lemmaContext = lemmaModel.getFactory().getContextGenerator();
        this.vocabulary = trainingWords(lemmas);
    }

    /**
     * Loads the POS and lemmatizer models from the classpath, side by side because loading is most
     * of the start-up time; fails if they are missing or unreadable.
     */
    public static OpenNlpInflections fromClasspath() {
        // a thread of its own: the common pool has one worker on a two-core machine, which a caller
        // in that pool would already hold
        CompletableFuture<POSModel> pos = CompletableFuture.supplyAsync(EnglishModels::tags, task -> {
            Thread thread = new Thread(task, "termbot-load-pos-model");
            thread.setDaemon(true);
            thread.start();
        });
        LemmatizerModel lemmas = EnglishModels.load(LEMMA_MODEL, LemmatizerModel::new);
        try {
            return new OpenNlpInflections(pos.join(), lemmas);
        } catch (CompletionException e) {
            throw e.getCause() instanceof IllegalStateException cause ? cause : e;
        }
    }

    @Override
    public synchronized List<Set<String>> formsOf(List<String> phraseWords) {
        return phraseCache.computeIfAbsent(List.copyOf(phraseWords), this::inflect);
    }

    @Override
    public Set<String> realWords() {
        return vocabulary;
    }

    /** The lemma of {@code word} read as {@code tag} (a UD tag such as NOUN or VERB). */
    synchronized String lemma(String word, String tag) {
        return lemmaCache.computeIfAbsent(word + '\u0000' + tag, key -> {
            String[] token = {word};
            String[] context = lemmaContext.getContext(0, token, new String[] {tag}, new String[0]);
            String script = lemmas.getBestOutcome(lemmas.eval(context));
            return LemmatizerME.decodeLemmas(token, new String[] {script})[0];
        });
    }

    private List<Set<String>> inflect(List<String> words) {
        String[] tags = tagger.tag(words.toArray(String[]::new));
        int head = headIndex(words);
        List<Set<String>> forms = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            // a watched phrase is a noun phrase, so a head the tagger calls anything else (an
            // unknown word read as ADJ or X, say) is still inflected as a noun
            forms.add(k != head ? Set.of(word) : "VERB".equals(tags[k])
                    ? union(confirmed(word, "VERB", EnglishForms::verbForms), nounForms(word))
                    : nounForms(word));
        }
        return List.copyOf(forms);
    }

    /**
     * A noun head's plural, and its verb forms when the noun is also a verb ("we got
     * distillation-attacked"). The tagger judges a verb frame ("they will attack it") but follows the
     * frame more than the word, so nouns built with a noun-making suffix ("injection", "attacker",
     * "leakage") are ruled out first: they are practically never verbs.
     */
    private Set<String> nounForms(String word) {
        Set<String> forms = new LinkedHashSet<>(confirmed(word, "NOUN", EnglishForms::plurals));
        String noun = letters(lemma(word, "NOUN"), word);
        if (forms.size() == (word.equals(noun) ? 1 : 2)) {
            // the lemmatizer confirmed no plural: it does not know rare or new words ("trojans",
            // "hijacks"), and for those the regular spelling is the plural people write
            forms.add(EnglishForms.regularPlural(noun));
        }
        if (!EnglishForms.hasNounSuffix(noun) && "VERB".equals(tagger.tag(new String[] {"they", "will", noun, "it"})[2])) {
            for (String candidate : EnglishForms.verbForms(noun)) {
                if (lemma(candidate, "VERB").equals(noun)) {
                    forms.add(candidate);
                }
            }
        }
        return Set.copyOf(forms);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * The last word before the first preposition or conjunction ("attack" in "attack on X"), else
     * the last word. A closed word list decides, not the tagger: given two or three words without a
     * sentence around them, the tagger sometimes calls a noun a preposition ("attention trojan").
     */
    static int headIndex(List<String> words) {
        for (int k = 1; k < words.size(); k++) {
            if (LINKING_WORDS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                return k - 1;
            }
        }
        return words.size() - 1;
    }

    private Set<String> confirmed(String word, String tag, Function<String, Set<String>> candidates) {
        String lemma = letters(lemma(word, tag), word);
        Set<String> forms = new LinkedHashSet<>(List.of(word, lemma));
        for (String candidate : candidates.apply(lemma)) {
            if (lemma(candidate, tag).equals(lemma)) {
                forms.add(candidate);
            }
        }
        return Set.copyOf(forms);
    }

    /** The lemma, or the word itself when the model answers "_" or digits (it has no opinion). */
    private static String letters(String lemma, String word) {
        return !lemma.isEmpty() && lemma.chars().allMatch(Character::isLetter) ? lemma : word;
    }

    private static Set<String> trainingWords(MaxentModel model) {
        Set<String> words = new TreeSet<>();
        if (model instanceof AbstractModel abstractModel
                && abstractModel.getDataStructures()[1] instanceof Map<?, ?> predicates) {
            for (Object name : predicates.keySet()) {
                String feature = String.valueOf(name);
                if (feature.startsWith("w0=")) {
                    String word = feature.substring(3).toLowerCase(Locale.ROOT);
                    if (word.length() > 1 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        words.add(word);
                    }
                }
            }
        }
        return Set.copyOf(words);
    }
}
