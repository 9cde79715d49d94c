package dev.termbot.platform.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.termbot.core.Bot;
import dev.termbot.core.BotCommand;
import dev.termbot.core.GlossaryIndex;
import dev.termbot.core.Replies;
import dev.termbot.core.Reply;
import dev.termbot.core.Where;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /define TERM}, {@code /termbot ...} and the "Share to channel" button. Each handler
 * acknowledges at once with an empty body and answers from a worker through the
 * {@code response_url}, so a slow {@code users.info} never makes Slack show a timeout.
 *
 * <p>Thread-safe.
 */
final class Commands {
    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private final Bot bot;
    private final Moderators moderators;
    private final ResponseUrl responses;
    private final Digests digests;
    private final AckedWork acked;
    private final SuggestionReview review;

    Commands(Bot bot, Moderators moderators, ResponseUrl responses, Digests digests, Executor work, SuggestionReview review) {
        this.bot = bot;
        this.moderators = moderators;
        this.responses = responses;
        this.digests = digests;
        this.acked = new AckedWork(work, log, "command");
        this.review = review;
    }

    Response define(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        if (GlossaryIndex.asks(p.getText())) {
            return acked.later(ctx, () -> {
                Reply list = bot.define(where(p), p.getUserId(), p.getText());
                responses.answerCommand(p.getResponseUrl(), BlockKit.fallbackText(list),
                        SuggestionReview.indexBlocks(GlossaryIndex.of(bot.knowledge().terms().values())));
            });
        }
        return acked.later(ctx, () -> responses.answerCommand(p.getResponseUrl(),
                bot.define(where(p), p.getUserId(), p.getText()), true));
    }

    /** Approve or Reject on a glossary suggestion's card. */
    Response decideSuggestion(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        return acked.later(ctx, () -> review.onClick(p));
    }

    Response termbot(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        return acked.later(ctx, () -> runTermbot(p));
    }

    Response share(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        return acked.later(ctx, () -> share(p));
    }

    private void runTermbot(SlashCommandPayload p) {
        BotCommand command = BotCommand.parse(p.getText());
        Where where = where(p);
        Consumer<Reply> answer = reply -> responses.answerCommand(p.getResponseUrl(), reply, false);
        if (command.forModerators() && !moderators.isModerator(p.getTeamId(), p.getUserId())) {
            answer.accept(Reply.notice("Moderators only",
                    "/termbot " + command.word() + " is for workspace admins and owners and the moderators' user group."));
            return;
        }
        switch (command.kind()) {
            case OPT_OUT -> answer.accept(bot.setOptedOut(where, p.getUserId(), true));
            case OPT_IN -> answer.accept(bot.setOptedOut(where, p.getUserId(), false));
            case MUTE -> answer.accept(bot.setMuted(where, true));
            case UNMUTE -> answer.accept(bot.setMuted(where, false));
            case COOLDOWN -> answer.accept(command.cooldown().map(d -> bot.setCooldown(where, d)).orElseGet(() -> Reply.notice(
                    "Cooldown not changed", command.whyNoCooldown())));
            case DIGEST -> digests.postNow(p.getResponseUrl());
            case SUGGEST -> review.suggest(p, command, where);
            case APPROVE, REJECT -> review.decide(p, command);
            default -> answer.accept(bot.help());
        }
    }

    private void share(BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().size() != 1 || p.getChannel() == null) {
            return;
        }
        String termId = p.getActions().get(0).getValue();
        String team = p.getTeam() == null ? "" : p.getTeam().getId();
        String original = p.getContainer() == null ? null : p.getContainer().getMessageTs();
        if (original != null && !bot.firstDelivery(PassiveNotes.PLATFORM, team,
                "share:" + p.getChannel().getId() + ":" + original + ":" + termId)) {
            return; // a second click on the same button: the definition is already in the channel
        }
        bot.knowledge().term(termId == null ? "" : termId)
                .ifPresent(term -> responses.shareInChannel(p.getResponseUrl(), Replies.definition(term, bot.knowledge())));
    }

    private static Where where(SlashCommandPayload p) {
        return new Where(PassiveNotes.PLATFORM, p.getTeamId(), p.getChannelId(), "");
    }
}
