package dev.termbot.digest;

import dev.termbot.core.ChatPlatform;
import dev.termbot.storage.DigestRunLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the weekly digest to each connected platform's moderators when it is due. Every check looks
 * at the latest due time: if that run has not been posted to a platform yet (the bot was down or
 * the platform disconnected), it is posted now, once. Runs are claimed in the {@link DigestRunLog}
 * before posting, so a restart, a second check or a second process never posts the same run twice;
 * a failed post gives its claim back and is tried again at the next check, and a claim whose
 * process died before posting is taken over once its lease ({@link DigestRunLog#CLAIM_LEASE}) ran out. Only the latest missed
 * run is posted: after a long outage moderators get one digest, not a backlog. Runs due before
 * scheduling first started on this database are not considered missed.
 *
 * <p>Thread-safe: {@link #runDue()} is synchronised; the run log guards against other processes.
 */
public final class DigestScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);

    private final DigestSchedule schedule;
    private final Clock clock;
    private final DigestRunLog runs;
    private final Function<DigestPeriod, String> markdown;
    private final Supplier<List<ChatPlatform>> platforms;

    /**
     * @param markdown  renders the digest for a period, e.g. {@code period -> DigestMarkdown.render(compiler.compile(period, terms, rules))}
     * @param platforms the platforms to post to (asked at every check, so reconnects and reloads are seen)
     */
    public DigestScheduler(DigestSchedule schedule, Clock clock, DigestRunLog runs, Function<DigestPeriod, String> markdown,
                           Supplier<List<ChatPlatform>> platforms) {
        this.schedule = schedule;
        this.clock = clock;
        this.runs = runs;
        this.markdown = markdown;
        this.platforms = platforms;
    }

    /** One digest post that happened. */
    public record Posted(Instant dueAt, String platform, DigestPeriod period) {
    }

    /** Posts the latest due run to every connected platform that has not had it; returns what was posted. */
    public synchronized List<Posted> runDue() {
        Instant now = clock.instant();
        Instant since = runs.scheduleSince(now);
        Instant due = schedule.latestDueAtOrBefore(now);
        List<Posted> posted = new ArrayList<>();
        if (due.isBefore(since)) {
            return posted;
        }
        DigestPeriod period = schedule.periodFor(due);
        String text = null;
        for (ChatPlatform platform : platforms.get()) {
            if (!platform.isConnected()) {
                continue;
            }
            Optional<DigestRunLog.Claim> claim = runs.claim(due, platform.name(), period.from(), period.to(), now);
            if (claim.isEmpty()) {
                continue; // posted already, or another process is posting it right now
            }
            try {
                text = text == null ? markdown.apply(period) : text;
                platform.postToModerators(text);
            } catch (RuntimeException e) {
                runs.release(claim.get());
                LOG.error("posting the digest for {} to {} failed, will retry: {}", period.label(), platform.name(), e.toString());
                continue;
            }
            try {
                runs.posted(claim.get(), clock.instant());
            } catch (RuntimeException e) {
                // the run did go out, so its claim is not released; unconfirmed, it keeps other
                // processes off for the lease, after which one of them may post it a second time
                LOG.error("the digest for {} went out to {} but could not be recorded: {}", period.label(), platform.name(),
                        e.getMessage());
            }
            posted.add(new Posted(due, platform.name(), period));
            LOG.info("posted the digest for {} to {}", period.label(), platform.name());
        }
        return posted;
    }

    /**
     * Checks now and then every minute on the given executor; a failing check is logged and the next
     * one runs as usual. Cancel the returned future (or shut the executor down) to stop.
     */
    public ScheduledFuture<?> start(ScheduledExecutorService executor) {
        return executor.scheduleWithFixedDelay(() -> {
            try {
                runDue();
            } catch (RuntimeException e) {
                LOG.error("digest check failed: {}", e.getMessage());
            }
        }, 0, 1, TimeUnit.MINUTES);
    }

    public DigestSchedule schedule() {
        return schedule;
    }
}
