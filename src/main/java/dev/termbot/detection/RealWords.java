package dev.termbot.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The curated list of real words near watched AI vocabulary ({@code real-words.txt} next to this
 * class), read once. Thread-safe.
 */
final class RealWords {
    private static final String RESOURCE = "real-words.txt";

    private RealWords() {
    }

    static Set<String> curated() {
        return Holder.WORDS;
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private static Set<String> load() {
        try (InputStream in = RealWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
