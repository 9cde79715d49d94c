package dev.termbot.bench;

import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;

/**
 * The benchmark's chat corpus as input for {@code termbot scan}: the same background chat, with
 * variants and near misses of the default glossary's own phrases planted (scan watches only
 * those), streamed so that millions of messages need no memory.
 *
 * <p>Stateless; each call generates afresh.
 */
public final class ScanCorpus {
    /** Receives one message. */
    public interface Line {
        void accept(int index, String text);
    }

    private ScanCorpus() {
    }

    /** Streams {@code messages} messages for the seed, in order. */
    public static void generate(int messages, long seed, Line line) {
        Glossary glossary = GlossaryFile.loadDefault();
        OpenNlpInflections inflections = OpenNlpInflections.fromClasspath();
        new CorpusGenerator(PhraseSet.real(glossary), KnownWords.of(inflections), seed)
                .generate(messages, (index, text, plant) -> line.accept(index, text));
    }
}
