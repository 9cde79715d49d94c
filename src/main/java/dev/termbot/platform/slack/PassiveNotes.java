package dev.termbot.platform.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.termbot.core.Bot;
import dev.termbot.core.Hit;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.Outcome;
import dev.termbot.core.SharedTransactions;
import dev.termbot.core.Where;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Slack message events into {@link InboundMessage}s for the {@link Bot} and hands the note it
 * decides on to {@link OwedNotes}.
 *
 * <p>Decide, then acknowledge: detection takes microseconds, so the whole decision (the message
 * claimed by its id, the policy's claim, the owed note written to the ledger) happens
 * before Bolt sends Slack its 200. Detection runs first and outside the transaction; a message
 * without a hit is acknowledged without touching the database. An event Slack saw acknowledged is therefore either judged
 * silent or owed in the database, and a stop or a crash cannot lose it. While stopping, events are
 * refused with 503, which Slack delivers again later.
 *
 * <p>Thread-safe.
 */
final class PassiveNotes {
    static final String PLATFORM = "slack";
    /**
     * Slack's mrkdwn: code spans only, {@code <target|label>} for every link (and {@code <@U123>}
     * mentions), strikethrough with one tilde; quotes arrive escaped as {@code &gt;}.
     */
    static final Markup MRKDWN = new Markup("slack mrkdwn", false, true, true);
    private static final Logger log = LoggerFactory.getLogger(PassiveNotes.class);

    private final Bot bot;
    private final OwedNotes owed;
    private final Clock clock;
    private final ChannelNameLookup channelNames;
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Decisions of concurrent events share transactions (a burst arrives on many HTTP threads at once). */
    private final SharedTransactions decisions;

    PassiveNotes(Bot bot, OwedNotes owed, Clock clock, ChannelNameLookup channelNames) {
        this.bot = bot;
        this.owed = owed;
        this.clock = clock;
        this.channelNames = channelNames;
        this.decisions = new SharedTransactions(bot.policy());
    }

    /** From now on events are refused (503) instead of acknowledged; see {@link #refuseWhileStopping}. */
    void stopTaking() {
        stopping.set(true);
    }

    /**
     * Bolt middleware that refuses every Events API request with 503 once stopping, so Slack
     * delivers it again (to the next process). Why a middleware and not the handler: Bolt turns a
     * handler's non-200 answer into a 200 when it auto-acknowledges events, which would
     * acknowledge an event nobody judged.
     */
    Middleware refuseWhileStopping() {
        return (request, response, chain) -> stopping.get() && request.getRequestType() == RequestType.Event
                ? Response.builder().statusCode(503).body("").build()
                : chain.next(request);
    }

    /**
     * Bolt handler for plain {@code message} events (no subtype). An event that got past
     * {@link #refuseWhileStopping} is judged even if the stop began meanwhile: its owed note is in
     * the database, and the next start posts it if this process cannot.
     */
    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        Instant receivedAt = clock.instant();
        String team = payload.getTeamId() != null ? payload.getTeamId() : ctx.getTeamId();
        MessageEvent event = payload.getEvent();
        if (event == null || event.getChannel() == null || (event.getUser() == null && event.getBotId() == null)) {
            return ctx.ack();
        }
        try {
            InboundMessage message = toInbound(team, event);
            // detection outside the transaction; a message without a hit needs no claim and no write:
            // a redelivery of it is judged again and found empty again
            List<Hit> hits = bot.judge(message);
            if (hits.isEmpty()) {
                return ctx.ack();
            }
            // only channels with hits appear in the digest; the lookup (if due) runs on its own thread
            channelNames.heardIn(team, event.getChannel());
            // one transaction: a crash before its commit leaves the event unmarked, so Slack's
            // redelivery (it saw no 200) is judged afresh instead of being dropped as a repeat
            Optional<Runnable> post = decisions.decide(() -> decide(message, hits, receivedAt));
            // queued once committed; refused only while stopping, and then the note stays owed for the next start
            post.ifPresent(Runnable::run);
        } catch (RuntimeException e) {
            log.warn("Handling a Slack message failed: {}", e.getClass().getSimpleName(), e);
        }
        return ctx.ack();
    }

    /**
     * Judges the event; the post of a note it earned, to run after the decision is committed. A
     * retried or replayed delivery carries the same channel and {@code ts}, so the core's claim of
     * the message id (one statement, taken only for a message with a hit) drops it: no second key
     * by {@code event_id} is needed.
     */
    private Optional<Runnable> decide(InboundMessage message, List<Hit> hits, Instant receivedAt) {
        Outcome outcome = bot.decide(message, hits);
        // the owed note comes with the outcome: no read of the ledger before the acknowledgement
        return outcome.reply().flatMap(reply -> outcome.owed().map(note -> {
            // the first post is counted in this transaction, not in a commit of the posting thread's own
            owed.countFirstAttempt(note);
            return () -> owed.postDecided(note, reply, receivedAt);
        }));
    }

    static InboundMessage toInbound(String team, MessageEvent event) {
        Where where = new Where(PLATFORM, team, event.getChannel(), event.getThreadTs());
        boolean isBot = event.getBotId() != null || event.getBotProfile() != null;
        return new InboundMessage(where, event.getTs(), event.getUser(), isBot, event.getText(), MRKDWN);
    }
}
