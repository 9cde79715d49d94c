package dev.termbot.e2e;

import dev.termbot.core.Bot;
import dev.termbot.core.Knowledge;
import dev.termbot.core.MessageCounter;
import dev.termbot.core.PolicySettings;
import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import dev.termbot.glossary.GlossaryLookup;
import dev.termbot.platform.discord.DiscordBenchRigs;
import dev.termbot.platform.slack.SlackBenchRigs;
import dev.termbot.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The end-to-end benchmark: termbot as it runs in production (default glossary and OpenNLP models,
 * SQLite or PostgreSQL storage ({@link BenchStore}) with owed notes and the batched usage log, the real Slack and Discord adapters)
 * against in-process fakes, beside minimal bots on the same SDKs, in one JVM.
 *
 * <p>One deliberate difference from production: the cooldown and the "already explained" window
 * are zero, so that a channel can be noted again in the next run; every message of a scenario is in
 * its own channel and from its own author, so within a run the policy never silences one.
 */
public final class E2eBench {
    private final E2eOptions options;
    private final Consumer<String> progress;
    private final BenchStore store;

    public E2eBench(E2eOptions options, Consumer<String> progress) {
        this(options, progress, BenchStore.SQLITE);
    }

    /** A benchmark whose termbot keeps its state in {@code store} (the minimal bots keep none). */
    public E2eBench(E2eOptions options, Consumer<String> progress, BenchStore store) {
        this.options = options;
        this.progress = progress;
        this.store = store;
    }

    public List<Measurement> run() throws Exception {
        Path dir = Files.createTempDirectory("termbot-e2e");
        try (Storage storage = store.newPlace(dir).open(Clock.systemUTC())) {
            Knowledge knowledge = defaultKnowledge();
            Bot bot = new Bot(() -> knowledge, storage.policyStore(), storage.noteLedger(),
                    new PolicySettings(Duration.ZERO, Duration.ZERO), storage.usageLog(), Clock.systemUTC(),
                    MessageCounter.NONE);
            List<Rig> rigs = new ArrayList<>();
            try {
                int channels = options.maxMessages();
                if (options.platforms().contains("slack")) {
                    rigs.add(SlackBenchRigs.termbot(bot));
                    rigs.add(SlackBenchRigs.minimal());
                }
                if (options.platforms().contains("discord")) {
                    rigs.add(DiscordBenchRigs.termbot(bot, channels));
                    rigs.add(DiscordBenchRigs.minimal(channels));
                }
                progress.accept("bots connected: " + rigs.size());
                return new E2eRun(rigs, options.scenarios(), options.runs(), options.warmupScenarios(), progress).run();
            } finally {
                rigs.forEach(Rig::close);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static Knowledge defaultKnowledge() {
        OpenNlpInflections inflections = OpenNlpInflections.fromClasspath();
        Glossary glossary = GlossaryFile.loadDefault();
        return new Knowledge(glossary.terms(), glossary.rules(), PhraseDetector.build(glossary.rules(), inflections),
                new GlossaryLookup(glossary.terms()));
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
