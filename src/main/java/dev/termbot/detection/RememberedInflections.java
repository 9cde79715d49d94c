package dev.termbot.detection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Inflections remembered in a file from an earlier start, so that a start whose glossary has not
 * changed needs no language models: loading them is the largest part of a start (about 0.4 s),
 * and what termbot needs from them (the forms of a few dozen phrases, a vocabulary) never
 * changes for the same models. A phrase the file does not know, or a missing, stale or damaged
 * file, loads the models after all (once, on first need) and the answer is remembered for the next
 * start by {@link #save}.
 *
 * <p>The file is plain text: a header naming the format and the models, then one line per phrase
 * ({@code P words|forms of word 1|forms of word 2...}, forms comma-separated) and one per real word
 * ({@code R word}). Only letters and digits are stored; anything else is computed every time.
 *
 * <p>Thread-safe (synchronised); detectors are built on one thread at a time anyway.
 */
public final class RememberedInflections implements Inflections {
    private static final Logger LOG = LoggerFactory.getLogger(RememberedInflections.class);
    static final String HEADER = "termbot-inflections 1 " + OpenNlpInflections.POS_MODEL + " " + OpenNlpInflections.LEMMA_MODEL;

    private final Path file;
    private final Supplier<Inflections> models;
    private Inflections loaded;
    private final Map<List<String>, List<Set<String>>> phrases;
    private Set<String> realWords;
    private final boolean remembersAnything;
    private boolean changed;

    private RememberedInflections(Path file, Supplier<Inflections> models, Map<List<String>, List<Set<String>>> phrases,
                                  Set<String> realWords) {
        this.file = file;
        this.models = models;
        this.phrases = phrases;
        this.realWords = realWords;
        this.remembersAnything = !phrases.isEmpty() || realWords != null;
    }

    /** False when the file was missing, stale or damaged: the models will surely be needed. */
    public boolean remembersAnything() {
        return remembersAnything;
    }

    /**
     * Reads what {@code file} remembers; a missing, stale or unreadable file is treated as empty
     * (and replaced on the next {@link #save}).
     *
     * @param models loads the real inflections; called at most once, and only if needed
     */
    public static RememberedInflections open(Path file, Supplier<Inflections> models) {
        Map<List<String>, List<Set<String>>> phrases = new HashMap<>();
        Set<String> realWords = null;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                Set<String> words = new LinkedHashSet<>();
                for (String line : lines.subList(1, lines.size())) {
                    if (line.startsWith("P ")) {
                        readPhrase(line.substring(2), phrases);
                    } else if (line.startsWith("R ")) {
                        words.add(line.substring(2));
                    } else if (!line.isEmpty()) {
                        throw new IOException("unexpected line: " + line);
                    }
                }
                realWords = words.isEmpty() ? null : Set.copyOf(words);
            } else {
                LOG.debug("{} was written for other models; it will be rebuilt", file);
            }
        } catch (NoSuchFileException e) {
            LOG.debug("no remembered inflections yet at {}", file);
        } catch (IOException | RuntimeException e) {
            LOG.info("ignoring remembered inflections in {} ({}); they will be rebuilt", file, e.getMessage());
            phrases.clear();
            realWords = null;
        }
        return new RememberedInflections(file, models, phrases, realWords);
    }

    private static void readPhrase(String line, Map<List<String>, List<Set<String>>> phrases) throws IOException {
        String[] parts = line.split("\\|", -1);
        List<String> words = List.of(parts[0].split(" "));
        if (parts.length != words.size() + 1) {
            throw new IOException("a phrase line has " + (parts.length - 1) + " form lists for " + words.size() + " words");
        }
        List<Set<String>> forms = new ArrayList<>();
        for (int k = 1; k < parts.length; k++) {
            forms.add(Set.copyOf(Arrays.asList(parts[k].split(","))));
        }
        phrases.put(words, List.copyOf(forms));
    }

    @Override
    public synchronized List<Set<String>> formsOf(List<String> phraseWords) {
        List<Set<String>> known = phrases.get(phraseWords);
        if (known != null) {
            return known;
        }
        List<Set<String>> forms = models().formsOf(phraseWords);
        List<String> key = List.copyOf(phraseWords);
        if (storable(key) && forms.stream().allMatch(RememberedInflections::storable)) {
            phrases.put(key, forms);
            changed = true;
        }
        return forms;
    }

    @Override
    public synchronized Set<String> realWords() {
        if (realWords == null) {
            realWords = Set.copyOf(models().realWords());
            changed = true;
        }
        return realWords;
    }

    /** Whether the language models had to be loaded (something was not remembered). */
    public synchronized boolean loadedModels() {
        return loaded != null;
    }

    /**
     * Writes what was learnt since {@link #open}, if anything, atomically (a crash leaves the old
     * file). A failure to write costs only the next start's time, so it is logged, not thrown.
     */
    public synchronized void save() {
        if (!changed) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        phrases.forEach((words, forms) -> {
            StringBuilder line = new StringBuilder("P ").append(String.join(" ", words));
            forms.forEach(set -> line.append('|').append(String.join(",", set.stream().sorted().toList())));
            lines.add(line.toString());
        });
        if (realWords != null && realWords.stream().allMatch(RememberedInflections::storable)) {
            realWords.stream().sorted().forEach(word -> lines.add("R " + word));
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remember inflections in {} ({}); the next start loads the language models again",
                    file, e.getMessage());
        }
    }

    private Inflections models() {
        if (loaded == null) {
            loaded = models.get();
        }
        return loaded;
    }

    private static boolean storable(Iterable<String> words) {
        for (String word : words) {
            if (!storable(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean storable(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
