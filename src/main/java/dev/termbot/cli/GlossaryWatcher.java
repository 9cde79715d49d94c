package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Picks up edits to the glossary file while the bot runs. It polls the file's modification time
 * and size every couple of seconds rather than using a WatchService: editors that save by
 * renaming, files on network mounts and bind-mounted config all behave the same under polling,
 * and the cost is one stat call. Thread-safe; owns one daemon thread.
 */
final class GlossaryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GlossaryWatcher.class);

    private final Path file;
    private final KnowledgeHolder holder;
    private final Consumer<ConfigException> onRejected;
    private final ScheduledExecutorService timer;
    private volatile Stamp seen;
    /** Consecutive looks that found no file: one can be an editor's save-by-rename, two is a deletion. */
    private int missingLooks;

    /** What identifies one version of the file cheaply. */
    private record Stamp(FileTime modified, long size) {
    }

    GlossaryWatcher(Path file, KnowledgeHolder holder, Consumer<ConfigException> onRejected) {
        this.file = file;
        this.holder = holder;
        this.onRejected = onRejected;
        this.seen = stamp().orElse(null);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "termbot-glossary-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start(Duration every) {
        timer.scheduleWithFixedDelay(this::checkOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reloads when the file changed since the last look; returns whether a reload was attempted. */
    boolean checkOnce() {
        Optional<Stamp> now = stamp();
        if (now.isEmpty()) {
            reportDeletion();
            return false;
        }
        missingLooks = 0;
        if (Objects.equals(now.get(), seen)) {
            // the file is as it was; another process may have approved a suggestion into the overlay
            return holder.reloadIfOverlayChanged();
        }
        seen = now.get();
        Optional<ConfigException> rejected = holder.reload();
        if (rejected.isPresent()) {
            LOG.error("glossary edit rejected, keeping the last good glossary: {}", rejected.get().getMessage());
            onRejected.accept(rejected.get());
        } else {
            LOG.info("glossary reloaded from {}: {} terms, {} rules", file,
                    holder.glossary().terms().size(), holder.glossary().rules().size());
        }
        return true;
    }

    /** Once per deletion: the bot keeps the last good glossary, and a file put back is loaded as an edit. */
    private void reportDeletion() {
        if (++missingLooks != 2) {
            return;
        }
        seen = null;
        ConfigException gone = new ConfigException(file.toString(), 1, 1,
                "the glossary file was deleted or cannot be read; termbot keeps the last good glossary");
        LOG.error("{}", gone.getMessage());
        onRejected.accept(gone);
    }

    /**
     * The moderators' notice for a rejected edit or a deletion: the file by its name only (as
     * {@code glossary.yaml:L:C}), since the path on the server means nothing in a chat and says
     * more about the server than moderators need.
     */
    static String moderatorNotice(ConfigException rejected) {
        Path name = Path.of(rejected.file()).getFileName();
        return "termbot kept the previous glossary: the edited file has a problem at " + (name == null ? rejected.file() : name)
                + ":" + rejected.line() + ":" + rejected.column() + ": " + rejected.problem();
    }

    private Optional<Stamp> stamp() {
        try {
            return Optional.of(new Stamp(Files.getLastModifiedTime(file), Files.size(file)));
        } catch (IOException e) {
            // a file being replaced can vanish for a moment; the next look will see the new one
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
