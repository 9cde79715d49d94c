package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.ChannelNameCache;
import dev.termbot.core.Hit;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.PendingNote;
import dev.termbot.core.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReaction;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds guild messages to the {@link Bot} and delivers the notes it decides on: a reply with an
 * embed (no ping), or in react mode only a 📖 reaction, whose note is sent by DM to anyone who adds
 * the same reaction.
 *
 * <p>The react-mode DM is stateless: the message is fetched again and re-checked, and only messages
 * termbot itself marked get a note, so it works after restarts and across shards.
 *
 * <p>On JDA's event thread only detection runs; a message with a hit goes to {@link Decisions}.
 *
 * <p>Thread-safe: holds only immutable collaborators; JDA calls it from its event threads. Never logs
 * message text.
 */
final class PassiveNotes extends ListenerAdapter {
    static final Emoji NOTE_EMOJI = Emoji.fromUnicode("\uD83D\uDCD6");
    /** Discord's Markdown: code spans only (no line rules), links only with a URL target, strikethrough with two tildes. */
    static final Markup MARKDOWN = new Markup("discord markdown", false, false, false);

    private static final Logger LOG = LoggerFactory.getLogger(PassiveNotes.class);

    private final Bot bot;
    private final DiscordSettings.ReplyMode mode;
    private final Clock clock;
    private final PendingReplies pending;
    private final OwedNotes owed;
    private final Decisions decisions;
    private final ChannelNameCache channelNames;

    PassiveNotes(Bot bot, DiscordSettings.ReplyMode mode, Clock clock, PendingReplies pending, OwedNotes owed,
                 Decisions decisions, ChannelNameCache channelNames) {
        this.channelNames = channelNames;
        this.bot = bot;
        this.mode = mode;
        this.clock = clock;
        this.pending = pending;
        this.owed = owed;
        this.decisions = decisions;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        // termbot's own notes quote the phrase they explain; they must not count as usage
        if (pending.isClosing() || !event.isFromGuild()
                || message.getAuthor().getIdLong() == event.getJDA().getSelfUser().getIdLong()) {
            return;
        }
        Instant receivedAt = clock.instant();
        InboundMessage inbound = new InboundMessage(Places.of(event.getGuild(), event.getChannel()), message.getId(),
                message.getAuthor().getId(), isBotLike(message), message.getContentRaw(), MARKDOWN);
        List<Hit> hits = bot.judge(inbound);
        if (hits.isEmpty()) {
            return; // no lock, no transaction, no write for the many messages without a hit
        }
        // the event carries the channel's name: the digest shows it (written off this thread, when new or changed)
        channelNames.seen(inbound.where(), Places.channelName(event.getChannel()));
        // the decision (delivery key, policy, owed note) and its writes run off JDA's event thread,
        // which reads the gateway for every guild of its shard; the note is posted once committed
        try {
            decisions.submit(inbound, hits, (note, reply) -> deliver(message, note, reply, receivedAt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        if (mode != DiscordSettings.ReplyMode.REACT || pending.isClosing() || !event.isFromGuild()
                || !NOTE_EMOJI.getName().equals(event.getEmoji().getName())
                || event.getUserIdLong() == event.getJDA().getSelfUser().getIdLong()) {
            return;
        }
        Member member = event.getMember();
        if (member != null && member.getUser().isBot()) {
            return;
        }
        try {
            pending.queue(event.retrieveMessage(), message -> sendNoteByDm(event, message),
                    failure -> LOG.info("could not fetch a reacted message in guild {}: {}", event.getGuild().getId(), failure.toString()));
        } catch (PermissionException e) {
            LOG.warn("missing permission to read message history in guild {}: {}", event.getGuild().getId(), e.getPermission());
        }
    }

    private static boolean isBotLike(Message message) {
        return message.getAuthor().isBot() || message.isWebhookMessage() || message.getType().isSystem();
    }

    private void deliver(Message message, PendingNote note, Reply reply, Instant receivedAt) {
        owed.postCounted(note, reply, receivedAt, () -> mode == DiscordSettings.ReplyMode.REACT
                ? message.addReaction(NOTE_EMOJI)
                // a note under a message that was deleted meanwhile would explain nothing: fail instead
                : ReplyMessages.withNoteControls(message.replyEmbeds(ReplyMessages.noteEmbed(reply)), reply, note.authorId())
                        .failOnInvalidReply(true).setNonce(OwedNotes.nonce(note)));
    }

    private void sendNoteByDm(MessageReactionAddEvent event, Message message) {
        MessageReaction ours = message.getReaction(NOTE_EMOJI);
        if (ours == null || !ours.isSelf()) {
            return;
        }
        bot.noteFor(message.getContentRaw(), MARKDOWN).ifPresent(reply ->
                pending.queue(event.getJDA().openPrivateChannelById(event.getUserIdLong())
                                .flatMap(dm -> dm.sendMessage(ReplyMessages.plain(DirectMessageNotes.of(reply, event.getGuild().getName())))),
                        // closed DMs are the user's choice: nothing to retry, nothing to alarm anyone about
                        sent -> LOG.debug("note sent by DM in guild {}", event.getGuild().getId()),
                        failure -> LOG.info("could not DM a note in guild {}: {}", event.getGuild().getId(), failure.toString())));
    }
}
