package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.BotCommand;
import dev.termbot.core.GlossaryIndex;
import dev.termbot.core.Replies;
import dev.termbot.core.Reply;
import dev.termbot.core.Term;
import dev.termbot.core.Where;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers slash commands, {@code /define} autocomplete and termbot's buttons. Answers meant for one
 * person are ephemeral; only the "Share" button posts for everyone. Moderator commands are refused,
 * ephemerally, to members who are not moderators.
 *
 * <p>Thread-safe: immutable collaborators only; JDA calls it from its event thread.
 */
final class CommandAnswers extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(CommandAnswers.class);

    private final Bot bot;
    private final Moderators moderators;
    private final ModeratorChannel moderatorChannel;
    private final Supplier<String> digestNow;
    private final PendingReplies pending;
    private final SuggestionReview review;

    CommandAnswers(Bot bot, Moderators moderators, ModeratorChannel moderatorChannel, Supplier<String> digestNow,
                   PendingReplies pending, SuggestionReview review) {
        this.review = review;
        this.bot = bot;
        this.moderators = moderators;
        this.moderatorChannel = moderatorChannel;
        this.digestNow = digestNow;
        this.pending = pending;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (pending.isClosing()) {
            return;
        }
        Where where = Places.of(event);
        switch (event.getName()) {
            case SlashCommands.DEFINE -> {
                String term = event.getOption(SlashCommands.TERM_OPTION, "", OptionMapping::getAsString);
                if (GlossaryIndex.asks(term)) {
                    review.showIndex(event);
                } else {
                    answerPrivately(event, bot.define(where, event.getUser().getId(), term));
                }
            }
            case SlashCommands.TERMBOT -> termbot(event, where);
            default -> answerPrivately(event, Reply.notice("Unknown command", "termbot does not know this command."));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (pending.isClosing() || !SlashCommands.DEFINE.equals(event.getName())
                || !SlashCommands.TERM_OPTION.equals(event.getFocusedOption().getName())) {
            return;
        }
        List<Command.Choice> choices = TermSuggestions.matching(bot.knowledge().terms().values(),
                        event.getFocusedOption().getValue()).stream()
                .map(term -> new Command.Choice(ReplyMessages.clip(term.display(), 100), term.id()))
                .toList();
        pending.queue(event.replyChoices(choices), done -> { }, failure -> logFailure("autocomplete", failure));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (pending.isClosing()) {
            return;
        }
        String id = event.getComponentId();
        Where where = Places.of(event);
        if (id.startsWith(ReplyMessages.DEFINE_BUTTON)) {
            String termId = id.substring(ReplyMessages.DEFINE_BUTTON.length());
            answerPrivately(event, bot.define(where, event.getUser().getId(), termId));
        } else if (id.startsWith(ReplyMessages.SHARE_BUTTON)) {
            share(event, id.substring(ReplyMessages.SHARE_BUTTON.length()));
        }
    }

    private void termbot(SlashCommandInteractionEvent event, Where where) {
        // Discord's own UI splits the subcommand from its option; no subcommand means help
        BotCommand command = BotCommand.of(event.getSubcommandName() == null ? "help" : event.getSubcommandName(),
                SlashCommands.argument(event));
        String userId = event.getUser().getId();
        if (command.forModerators() && !moderators.includes(event.getMember())) {
            answerPrivately(event, Reply.notice("Moderators only",
                    "/termbot " + command.word() + " is for members with the Manage Server permission or a moderator role."));
            return;
        }
        switch (command.kind()) {
            case OPT_OUT -> answerPrivately(event, bot.setOptedOut(where, userId, true));
            case OPT_IN -> answerPrivately(event, bot.setOptedOut(where, userId, false));
            case MUTE -> answerPrivately(event, bot.setMuted(where, true));
            case UNMUTE -> answerPrivately(event, bot.setMuted(where, false));
            case COOLDOWN -> answerPrivately(event, command.cooldown().map(value -> bot.setCooldown(where, value))
                    .orElseGet(() -> Reply.notice("Not a duration", command.whyNoCooldown())));
            case DIGEST -> digest(event);
            case SUGGEST -> review.suggest(event, command, where);
            case APPROVE, REJECT -> review.decide(event, command);
            default -> answerPrivately(event, bot.help());
        }
    }

    /** The digest may need a database query: acknowledge first, answer through the hook afterwards. */
    private void digest(SlashCommandInteractionEvent event) {
        pending.queue(event.deferReply(true), hook -> {
            String markdown;
            try {
                markdown = digestNow.get();
            } catch (RuntimeException e) {
                LOG.warn("could not compute the digest", e);
                send(hook, List.of("The digest could not be computed; the bot's log says why."));
                return;
            }
            if (moderatorChannel.post(event.getJDA(), markdown)) {
                send(hook, List.of("Digest posted to <#" + moderatorChannel.id() + ">."));
            } else {
                send(hook, MessageChunks.split(markdown.isBlank() ? "(empty digest)" : markdown, MessageChunks.DISCORD_LIMIT));
            }
        }, failure -> logFailure("digest", failure));
    }

    private void send(InteractionHook hook, List<String> chunks) {
        // only the first follow-up inherits the deferred answer's privacy; later ones need the flag
        hook.setEphemeral(true);
        RestAction<?> chain = hook.sendMessage(ReplyMessages.text(chunks.get(0)));
        for (String chunk : chunks.subList(1, chunks.size())) {
            chain = chain.flatMap(previous -> hook.sendMessage(ReplyMessages.text(chunk)));
        }
        pending.queue(chain, done -> { }, failure -> logFailure("digest follow-up", failure));
    }

    private void share(ButtonInteractionEvent event, String termId) {
        Optional<Term> term = bot.knowledge().term(termId);
        if (term.isEmpty()) {
            answerPrivately(event, Reply.notice("Not in the glossary any more", "This entry was removed or renamed."));
            return;
        }
        pending.queue(event.reply(ReplyMessages.plain(Replies.definition(term.get(), bot.knowledge()))).setEphemeral(false),
                done -> { }, failure -> logFailure("share", failure));
    }

    private void answerPrivately(IReplyCallback callback, Reply reply) {
        pending.queue(callback.reply(ReplyMessages.privateAnswer(reply)).setEphemeral(true),
                done -> { }, failure -> logFailure("answer", failure));
    }

    private static void logFailure(String what, Throwable failure) {
        LOG.warn("could not send the {}: {}", what, failure.toString());
    }
}
