package dev.termbot.detection.stance;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;

/**
 * The OpenNLP English models the stance analysis needs (UD English Web Treebank, shipped as Maven
 * artifacts on the classpath). Loaded once, on first use, because most processes that never see a
 * hit never need them; {@link #preload()} lets a long-running bot pay the cost at start instead of
 * on its first hit. The models are immutable and shared; the tools built on them are not.
 */
public final class EnglishModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /** The tagger model, shared with the detector's inflections so it loads once. */
    public static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private EnglishModels() {
    }

    // initialisation-on-demand holders, one per model: the JVM loads each once, thread-safely, when
    // first asked, and a model that fails to load does not take the others with it
    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKEN_MODEL, TokenizerModel::new);
    }

    private static final class Tags {
        static final POSModel MODEL = load(POS_MODEL, POSModel::new);
    }

    /** Loads the models now; fails if one is missing from the classpath. */
    public static void preload() {
        sentences();
        tokens();
        tags();
    }

    /**
     * As {@link #preload()}, for a background thread: a missing model is not this thread's to report,
     * the first hit that needs it reports it (and stays a use).
     */
    public static void preloadQuietly() {
        try {
            preload();
        } catch (RuntimeException | LinkageError e) {
            // reported where the models are used
        }
    }

    static SentenceModel sentences() {
        return loaded(() -> Sentences.MODEL);
    }

    static TokenizerModel tokens() {
        return loaded(() -> Tokens.MODEL);
    }

    /** The POS model (loaded on first use, once per process). */
    public static POSModel tags() {
        return loaded(() -> Tags.MODEL);
    }

    // a holder whose model failed to load reports the loader's own error, not the JVM's wrapper
    private static <M> M loaded(java.util.function.Supplier<M> holder) {
        try {
            return holder.get();
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof IllegalStateException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Reads a model from a stream (a model class's constructor). */
    public interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    /** Reads a model from the classpath; fails if it is missing or unreadable. */
    public static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
