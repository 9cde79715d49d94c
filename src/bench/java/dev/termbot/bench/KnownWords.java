package dev.termbot.bench;

import dev.termbot.detection.Inflections;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The real words a planted typo must never spell: the OpenNLP vocabulary the detector is built
 * with, plus the detector's curated list of real words near AI vocabulary ("scrapping" next to
 * "scraping"), read from the classpath where the detector keeps it. The list is read, not linked,
 * so the bench stays independent of the detector's internals; if it moves, only the vocabulary is
 * used and the report shows any planted typo that spells a real word as a miss.
 *
 * <p>Stateless; the returned set is immutable.
 */
final class KnownWords {
    static final String CURATED = "dev/termbot/detection/real-words.txt";

    private KnownWords() {
    }

    static Set<String> of(Inflections inflections) {
        Set<String> words = new HashSet<>(inflections.realWords());
        try (InputStream in = KnownWords.class.getClassLoader().getResourceAsStream(CURATED)) {
            if (in != null) {
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                        .map(word -> word.toLowerCase(Locale.ROOT))
                        .forEach(words::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CURATED, e);
        }
        return Set.copyOf(words);
    }
}
