package dev.termbot.platform.discord;

import dev.termbot.core.AnsweredNote;
import dev.termbot.core.NoteButton;
import dev.termbot.core.NoteControls;
import dev.termbot.core.RemovedBy;
import dev.termbot.core.Reply;
import dev.termbot.core.Vote;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controls under a passive note: buttons whose custom id starts with {@code feedback_helpful:},
 * {@code feedback_not_needed:} or {@code remove_note:} (other buttons are left to their own
 * listeners). Every answer is ephemeral. Removal deletes the bot's own reply, which needs no
 * permission beyond sending it; who may remove is {@link NoteControls}' decision, with moderators
 * as {@link Moderators} defines them.
 *
 * <p>A click is keyed by its interaction id, so a dispatch replayed after a resume counts once.
 * Thread-safe: immutable collaborators only; JDA calls it from its event threads.
 */
final class NoteButtons extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(NoteButtons.class);

    private final NoteControls controls;
    private final Moderators moderators;
    private final PendingReplies pending;

    NoteButtons(NoteControls controls, Moderators moderators, PendingReplies pending) {
        this.controls = controls;
        this.moderators = moderators;
        this.pending = pending;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (pending.isClosing() || !event.isFromGuild()) {
            return;
        }
        String id = event.getComponentId();
        for (NoteButton.Control control : NoteButton.Control.values()) {
            String prefix = control.id() + ":";
            if (id.startsWith(prefix)) {
                NoteButton.decode(id.substring(prefix.length())).ifPresent(button -> click(event, control, button));
                return;
            }
        }
    }

    private void click(ButtonInteractionEvent event, NoteButton.Control control, NoteButton button) {
        AnsweredNote note = new AnsweredNote(Places.of(event), event.getMessageId(), button.ruleId(), button.authorId());
        String userId = event.getUser().getId();
        String key = event.getId();
        switch (control) {
            case HELPFUL -> controls.vote(note, userId, Vote.HELPFUL, key).ifPresent(reply -> answer(event, reply));
            case NOT_NEEDED -> controls.vote(note, userId, Vote.NOT_NEEDED, key).ifPresent(reply -> answer(event, reply));
            case REMOVE -> remove(event, note, userId, key);
        }
    }

    private void remove(ButtonInteractionEvent event, AnsweredNote note, String userId, String key) {
        NoteControls.Removal removal = controls.removal(note, userId, key, () -> moderators.includes(event.getMember()));
        removal.refusal().ifPresent(reply -> answer(event, reply));
        // acknowledge first: the delete is a REST call of its own, and Discord wants an answer within 3 s
        removal.allowedAs().ifPresent(by -> pending.queue(event.deferReply(true),
                hook -> delete(event, hook.setEphemeral(true), note, userId, by),
                failure -> logFailure("removal acknowledgement", failure)));
    }

    private void delete(ButtonInteractionEvent event, InteractionHook hook, AnsweredNote note, String userId, RemovedBy by) {
        pending.queue(event.getChannel().deleteMessageById(note.noteRef()),
                done -> followUp(hook, controls.removed(note, userId, by)),
                failure -> {
                    logFailure("note removal", failure);
                    followUp(hook, controls.removalFailed());
                });
    }

    private void followUp(InteractionHook hook, Reply reply) {
        pending.queue(hook.sendMessage(ReplyMessages.privateAnswer(reply)), sent -> { },
                failure -> logFailure("removal answer", failure));
    }

    private void answer(ButtonInteractionEvent event, Reply reply) {
        pending.queue(event.reply(ReplyMessages.privateAnswer(reply)).setEphemeral(true),
                done -> { }, failure -> logFailure("feedback answer", failure));
    }

    private static void logFailure(String what, Throwable failure) {
        LOG.warn("could not send the {}: {}", what, failure.toString());
    }
}
