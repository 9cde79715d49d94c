package dev.termbot.platform.slack;

import com.google.gson.Gson;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import com.slack.api.util.json.GsonFactory;
import dev.termbot.core.Bot;
import dev.termbot.core.Confirmations;
import dev.termbot.core.DeliveryLanes;
import dev.termbot.core.Knowledge;
import dev.termbot.core.NoteLedger;
import dev.termbot.core.PendingNote;
import dev.termbot.core.Replies;
import dev.termbot.core.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the notes the ledger says are owed, one lane per channel, and confirms or releases each.
 *
 * <p>Duplicates: Slack's {@code chat.postMessage} has no idempotency key, so every thread note
 * carries message metadata naming its ledger id. Before any attempt that follows one which may have
 * reached Slack (a server error, a timeout, or a post started by a process that then died), the
 * thread is read back ({@code conversations.replies}) and a note already there is confirmed instead
 * of posted again. An ephemeral note cannot be read back: after an uncertain attempt it counts as
 * delivered (a missing note is better than a second one), and one interrupted by a crash between
 * Slack's answer and the ledger's commit is posted again by the next start.
 *
 * <p>Confirmed posts are recorded by {@link Confirmations}, many per transaction, so a posting
 * thread goes on to its next note without a commit of its own; a note whose first attempt was
 * counted in its decision's transaction ({@link #postDecided}) starts without one as well.
 *
 * <p>Giving up: after {@link WebApiCaller#maxAttempts()} rate-limited or failed attempts the note
 * is released (no cooldown) and logged; it is not kept for later, because a note minutes late
 * explains a conversation that has moved on. Thread-safe.
 */
final class OwedNotes {
    static final String METADATA_TYPE = "termbot_note";
    static final String METADATA_KEY = "note_id";
    private static final Logger log = LoggerFactory.getLogger(OwedNotes.class);
    /**
     * Blocks and metadata are turned into JSON here, once per note, with one shared Gson: given the
     * objects, the SDK builds a fresh Gson (and its reflective adapters) for every call, which cost
     * more CPU per note than anything else on the posting threads.
     */
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Bot bot;
    private final NoteLedger ledger;
    private final SlackSettings.ReplyMode mode;
    private final TeamClients clients;
    private final WebApiCaller caller;
    private final DeliveryLanes lanes;
    private final Confirmations confirmations;

    OwedNotes(Bot bot, SlackSettings.ReplyMode mode, TeamClients clients, WebApiCaller caller, int workers) {
        this.bot = bot;
        this.ledger = bot.policy().ledger();
        this.mode = mode;
        this.clients = clients;
        this.caller = caller;
        this.lanes = new DeliveryLanes("termbot-slack", workers, caller.maxAttempts());
        this.confirmations = new Confirmations(bot, PassiveNotes.PLATFORM, log::warn);
    }

    /**
     * Counts the note's first post attempt; to be called inside the transaction that made the note
     * owed, which then saves the posting thread a commit of its own. Hand the note over with
     * {@link #postDecided} once that transaction is committed.
     */
    void countFirstAttempt(PendingNote note) {
        ledger.attempting(note);
    }

    /** As {@link #post}, for a note whose first attempt {@link #countFirstAttempt} counted. */
    boolean postDecided(PendingNote note, Reply reply, Instant receivedAt) {
        return submit(new Delivery(note, reply, receivedAt, true));
    }

    /** Queues the note behind earlier ones in its channel; false when stopping (it stays owed). */
    boolean post(PendingNote note, Reply reply, Instant receivedAt) {
        return submit(new Delivery(note, reply, receivedAt, false));
    }

    private boolean submit(Delivery delivery) {
        return lanes.submit(delivery.note.where().workspace() + "/" + delivery.note.where().channel(), delivery);
    }

    /** Queues every note a stop or a crash left owed; returns how many. */
    int recover() {
        List<PendingNote> owed = ledger.recoverable(PassiveNotes.PLATFORM);
        Knowledge knowledge = bot.knowledge();
        int queued = 0;
        for (PendingNote note : owed) {
            Optional<Reply> reply = Replies.noteFor(knowledge, note.ruleId());
            if (reply.isEmpty()) {
                // the glossary no longer has the rule: there is nothing to say any more
                ledger.release(note);
            } else if (post(note, reply.get(), note.claimedAt())) {
                queued++;
            }
        }
        if (!owed.isEmpty()) {
            log.info("Slack: {} owed notes from before the last stop queued", queued);
        }
        return queued;
    }

    /**
     * Takes no more notes and waits for the queued ones, bounded; the rest stay owed. Then records
     * the confirmations still waiting (their posts went out: left unrecorded they would be posted
     * again at the next start), within what is left of the timeout, and the rest on this thread.
     */
    void drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!lanes.drain(timeout)) {
                log.warn("Slack shutdown: notes not posted within {} stay owed and are posted at the next start", timeout);
            }
            confirmations.drain(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            confirmations.stop();
        }
    }

    /** One owed note on its way. */
    private final class Delivery implements DeliveryLanes.Job {
        private final PendingNote note;
        private final Reply reply;
        private final Instant receivedAt;
        private boolean mayHaveArrived;
        /** The next attempt was already counted in the ledger (the first, by the note's decision). */
        private boolean counted;

        Delivery(PendingNote note, Reply reply, Instant receivedAt, boolean firstCounted) {
            this.note = note;
            this.reply = reply;
            this.receivedAt = receivedAt;
            this.mayHaveArrived = note.attempts() > 0;
            this.counted = firstCounted;
        }

        @Override
        public DeliveryLanes.Attempt attempt(int number) {
            Optional<TeamClients.TeamApi> api = clients.forTeam(note.where().workspace());
            if (api.isEmpty()) {
                // the workspace uninstalled termbot since the note was owed: nobody can post it any more
                log.info("Slack: dropped an owed note for workspace {}, which no longer has termbot installed",
                        note.where().workspace());
                bot.noteFailed(note);
                return DeliveryLanes.Attempt.DONE;
            }
            return attempt(api.get(), number);
        }

        private DeliveryLanes.Attempt attempt(TeamClients.TeamApi api, int number) {
            if (mayHaveArrived && threaded()) {
                WebApiCaller.Attempt<ConversationsRepliesResponse> check = caller.once("conversations.replies",
                        () -> api.methods().conversationsReplies(r -> r.channel(note.where().channel()).ts(threadTs())
                                .includeAllMetadata(true).limit(1000)), number);
                if (check.kind() == WebApiCaller.Kind.RETRY) {
                    return DeliveryLanes.Attempt.retryAfter(check.retryAfter());
                }
                if (check.response().map(this::contains).orElse(false)) {
                    log.info("Slack: an owed note was already in its thread; confirmed without posting again");
                    confirmed();
                    return DeliveryLanes.Attempt.DONE;
                }
            }
            if (counted) {
                counted = false;
            } else {
                ledger.attempting(note);
            }
            mayHaveArrived = true;
            WebApiCaller.Attempt<?> sent = send(api, number);
            switch (sent.kind()) {
                case OK -> confirmed();
                case FAILED -> bot.noteFailed(note);
                case RETRY -> {
                    return DeliveryLanes.Attempt.retryAfter(sent.retryAfter());
                }
                case UNCERTAIN -> {
                    if (threaded()) {
                        return DeliveryLanes.Attempt.retryAfter(sent.retryAfter());
                    }
                    confirmed();
                }
            }
            return DeliveryLanes.Attempt.DONE;
        }

        /** Stamped now (the cooldown starts at the confirmation), written with others by {@link Confirmations}. */
        private void confirmed() {
            confirmations.confirmed(bot.delivered(note, reply, receivedAt));
        }

        @Override
        public void gaveUp() {
            log.warn("Slack: gave up on a note in channel {} after {} attempts; its claim is released",
                    note.where().channel(), caller.maxAttempts());
            bot.noteFailed(note);
        }

        private boolean threaded() {
            return mode != SlackSettings.ReplyMode.EPHEMERAL;
        }

        private String threadTs() {
            return note.where().thread().isEmpty() ? note.messageId() : note.where().thread();
        }

        private boolean contains(ConversationsRepliesResponse replies) {
            String id = Long.toString(note.id());
            return replies.getMessages() != null && replies.getMessages().stream()
                    .map(Message::getMetadata)
                    .filter(Objects::nonNull)
                    .anyMatch(m -> METADATA_TYPE.equals(m.getEventType()) && m.getEventPayload() != null
                            && id.equals(String.valueOf(m.getEventPayload().get(METADATA_KEY))));
        }

        private WebApiCaller.Attempt<?> send(TeamClients.TeamApi api, int number) {
            String text = BlockKit.fallbackText(reply);
            String blocks = GSON.toJson(BlockKit.note(reply, note.authorId()));
            if (!threaded()) {
                ChatPostEphemeralRequest ephemeral = ChatPostEphemeralRequest.builder()
                        .channel(note.where().channel())
                        .user(note.authorId())
                        .threadTs(note.where().thread().isEmpty() ? null : note.where().thread())
                        .text(text)
                        .blocksAsString(blocks)
                        .linkNames(false)
                        .build();
                return caller.once("chat.postEphemeral", () -> NotePosts.postEphemeral(api, ephemeral), number);
            }
            ChatPostMessageRequest message = ChatPostMessageRequest.builder()
                    .channel(note.where().channel())
                    .threadTs(threadTs())
                    .text(text)
                    .blocksAsString(blocks)
                    .metadataAsString(GSON.toJson(new Message.Metadata(METADATA_TYPE, Map.of(METADATA_KEY, Long.toString(note.id())))))
                    .linkNames(false)
                    .unfurlLinks(false)
                    .unfurlMedia(false)
                    .build();
            return caller.once("chat.postMessage", () -> NotePosts.postMessage(api, message), number);
        }
    }
}
