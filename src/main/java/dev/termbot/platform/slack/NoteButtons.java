package dev.termbot.platform.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.termbot.core.AnsweredNote;
import dev.termbot.core.Bot;
import dev.termbot.core.NoteButton;
import dev.termbot.core.NoteControls;
import dev.termbot.core.RemovedBy;
import dev.termbot.core.Reply;
import dev.termbot.core.Vote;
import dev.termbot.core.Where;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons under a passive note: "Full definition" ({@value BlockKit#DEFINE_ACTION}),
 * {@code feedback_helpful}, {@code feedback_not_needed} and {@code remove_note}, each registered with
 * Bolt by its own {@code action_id}, so the same handlers serve HTTP mode and Socket Mode and other
 * buttons register beside them. Every click is acknowledged at once and answered from a worker,
 * through its {@code response_url}, to the clicker only.
 *
 * <p>What a click may do is {@link NoteControls}' decision; this class reads the payload, asks
 * Slack whether the clicker is a moderator, and deletes the note: {@code chat.delete} with the
 * workspace's own bot (a bot may delete its own messages with {@code chat:write}), or, for an
 * ephemeral note, the {@code response_url}. Thread-safe.
 */
final class NoteButtons {
    private static final Logger log = LoggerFactory.getLogger(NoteButtons.class);

    private final Bot bot;
    private final NoteControls controls;
    private final Moderators moderators;
    private final TeamClients clients;
    private final WebApiCaller caller;
    private final ResponseUrl responses;
    private final AckedWork acked;

    NoteButtons(Bot bot, NoteControls controls, Moderators moderators, TeamClients clients, WebApiCaller caller,
                ResponseUrl responses, Executor work) {
        this.bot = bot;
        this.controls = controls;
        this.moderators = moderators;
        this.clients = clients;
        this.caller = caller;
        this.responses = responses;
        this.acked = new AckedWork(work, log, "note button");
    }

    /** Registers one handler per action id. */
    void registerWith(App app) {
        app.blockAction(BlockKit.DEFINE_ACTION, (request, ctx) -> acked.later(ctx, () -> fullDefinition(request.getPayload())));
        app.blockAction(NoteButton.Control.HELPFUL.id(), (request, ctx) -> vote(request, ctx, Vote.HELPFUL));
        app.blockAction(NoteButton.Control.NOT_NEEDED.id(), (request, ctx) -> vote(request, ctx, Vote.NOT_NEEDED));
        app.blockAction(NoteButton.Control.REMOVE.id(), (request, ctx) -> acked.later(ctx, () -> remove(request.getPayload())));
    }

    private Response vote(BlockActionRequest request, ActionContext ctx, Vote vote) {
        BlockActionPayload p = request.getPayload();
        return acked.later(ctx, () -> Click.of(p).ifPresent(click -> controls.vote(click.note(), click.userId(), vote, click.key())
                .ifPresent(reply -> responses.answerClick(p.getResponseUrl(), reply, false))));
    }

    private void remove(BlockActionPayload p) {
        Optional<Click> parsed = Click.of(p);
        if (parsed.isEmpty()) {
            return;
        }
        Click click = parsed.get();
        NoteControls.Removal removal = controls.removal(click.note(), click.userId(), click.key(),
                () -> moderators.isModerator(click.team(), click.userId()));
        removal.refusal().ifPresent(reply -> responses.answerClick(p.getResponseUrl(), reply, false));
        removal.allowedAs().ifPresent(by -> {
            Reply answer = delete(click, p.getResponseUrl()) ? controls.removed(click.note(), click.userId(), by)
                    : controls.removalFailed();
            responses.answerClick(p.getResponseUrl(), answer, false);
            if (by == RemovedBy.MODERATOR) {
                log.info("Slack: a moderator removed a note in workspace {} channel {}", click.team(), click.note().where().channel());
            }
        });
    }

    private boolean delete(Click click, String responseUrl) {
        if (click.ephemeral()) {
            return responses.deleteClicked(responseUrl);
        }
        Optional<MethodsClient> api = clients.forTeam(click.team()).map(TeamClients.TeamApi::methods);
        return api.isPresent() && caller.call("chat.delete", () -> api.get().chatDelete(r -> r
                .channel(click.note().where().channel()).ts(click.note().noteRef()))).isPresent();
    }

    private void fullDefinition(BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().size() != 1 || p.getUser() == null) {
            return;
        }
        String team = p.getTeam() == null ? "" : p.getTeam().getId();
        String channel = p.getChannel() == null ? "" : p.getChannel().getId();
        String termId = p.getActions().get(0).getValue();
        responses.answerClick(p.getResponseUrl(), bot.define(new Where(PassiveNotes.PLATFORM, team, channel, ""),
                p.getUser().getId(), termId == null ? "" : termId), true);
    }

    /**
     * One click on a note control, read from its payload: the note is the message the button sits
     * on (its {@code ts}), the author and rule come from the button's value, and the click's
     * {@code trigger_id} (new for every click, the same in a retry or a replay) is its delivery key.
     */
    private record Click(AnsweredNote note, String team, String userId, String key, boolean ephemeral) {
        static Optional<Click> of(BlockActionPayload p) {
            if (p.getActions() == null || p.getActions().size() != 1 || p.getUser() == null || p.getContainer() == null
                    || p.getContainer().getMessageTs() == null || p.getTriggerId() == null) {
                return Optional.empty();
            }
            Optional<NoteButton> button = NoteButton.decode(p.getActions().get(0).getValue());
            String channel = p.getChannel() != null ? p.getChannel().getId() : p.getContainer().getChannelId();
            if (button.isEmpty() || channel == null) {
                return Optional.empty();
            }
            String team = p.getTeam() == null ? "" : p.getTeam().getId();
            String thread = p.getContainer().getThreadTs();
            Where where = new Where(PassiveNotes.PLATFORM, team, channel, thread);
            AnsweredNote note = new AnsweredNote(where, p.getContainer().getMessageTs(), button.get().ruleId(),
                    button.get().authorId());
            return Optional.of(new Click(note, team, p.getUser().getId(), p.getTriggerId(), p.getContainer().isEphemeral()));
        }
    }
}
