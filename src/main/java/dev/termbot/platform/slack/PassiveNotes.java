package dev.termbot.platform.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.MessageEvent;
import dev.termbot.core.Bot;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.Outcome;
import dev.termbot.core.Reply;
import dev.termbot.core.Where;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Slack message events into {@link InboundMessage}s for the {@link Bot} and posts the note it
 * decides on: in the message's thread, or ephemeral to the author.
 *
 * <p>The Bolt handler only schedules the work and acknowledges, so Slack gets its answer well
 * within three seconds. On a worker, the delivery is first claimed by {@code event_id} in the
 * policy store (a retried delivery is dropped there; the core also drops a message id it has seen).
 *
 * <p>Thread-safe.
 */
final class PassiveNotes {
    static final String PLATFORM = "slack";
    private static final Logger log = LoggerFactory.getLogger(PassiveNotes.class);

    private final Bot bot;
    private final SlackSettings.ReplyMode mode;
    private final MethodsClient api;
    private final WebApiCaller caller;
    private final Executor work;
    private final Clock clock;

    PassiveNotes(Bot bot, SlackSettings.ReplyMode mode, MethodsClient api, WebApiCaller caller, Executor work, Clock clock) {
        this.bot = bot;
        this.mode = mode;
        this.api = api;
        this.caller = caller;
        this.work = work;
        this.clock = clock;
    }

    /** Bolt handler for plain {@code message} events (no subtype). */
    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        Instant receivedAt = clock.instant();
        String team = payload.getTeamId() != null ? payload.getTeamId() : ctx.getTeamId();
        String eventId = payload.getEventId();
        MessageEvent event = payload.getEvent();
        try {
            work.execute(() -> handle(team, eventId, event, receivedAt));
        } catch (RejectedExecutionException e) {
            // shutting down: refuse instead of acknowledging, so Slack delivers the event again later
            return Response.builder().statusCode(503).body("").build();
        }
        return ctx.ack();
    }

    private void handle(String team, String eventId, MessageEvent event, Instant receivedAt) {
        try {
            if (eventId != null && !bot.firstDelivery(PLATFORM, team, "event:" + eventId)) {
                log.debug("Dropped a repeated Slack delivery");
                return;
            }
            if (event == null || event.getChannel() == null || (event.getUser() == null && event.getBotId() == null)) {
                return;
            }
            InboundMessage message = toInbound(team, event);
            Outcome outcome = bot.onMessage(message);
            outcome.reply().ifPresent(reply -> {
                if (post(event, reply)) {
                    bot.noteDelivered(message, reply, receivedAt);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Handling a Slack message failed: {}", e.getClass().getSimpleName(), e);
        }
    }

    static InboundMessage toInbound(String team, MessageEvent event) {
        Where where = new Where(PLATFORM, team, event.getChannel(), event.getThreadTs());
        boolean isBot = event.getBotId() != null || event.getBotProfile() != null;
        return new InboundMessage(where, event.getTs(), event.getUser(), isBot, event.getText(), Markup.SLACK_MRKDWN);
    }

    private boolean post(MessageEvent event, Reply reply) {
        String text = BlockKit.fallbackText(reply);
        if (mode == SlackSettings.ReplyMode.EPHEMERAL) {
            return caller.call("chat.postEphemeral", () -> api.chatPostEphemeral(r -> r
                    .channel(event.getChannel())
                    .user(event.getUser())
                    .threadTs(event.getThreadTs())
                    .text(text)
                    .blocks(BlockKit.blocks(reply, false))
                    .linkNames(false))).isPresent();
        }
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        return caller.call("chat.postMessage", () -> api.chatPostMessage(r -> r
                .channel(event.getChannel())
                .threadTs(thread)
                .text(text)
                .blocks(BlockKit.blocks(reply, false))
                .linkNames(false)
                .unfurlLinks(false)
                .unfurlMedia(false))).isPresent();
    }
}
