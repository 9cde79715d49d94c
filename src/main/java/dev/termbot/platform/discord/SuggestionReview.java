package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.BotCommand;
import dev.termbot.core.GlossaryIndex;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.Reply;
import dev.termbot.core.Suggestion;
import dev.termbot.core.Term;
import dev.termbot.core.Where;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Glossary suggestions and the glossary list on Discord. {@code /termbot suggest} posts a review
 * card with Approve / Reject buttons (custom ids {@code suggestion_approve:N} and
 * {@code suggestion_reject:N}) to {@code discord.moderator_channel}, the digest's channel; a
 * moderator's click decides it, the card loses its buttons and says the outcome, and the moderator
 * gets an ephemeral answer; anyone else gets an ephemeral refusal. {@code /define} without a term
 * answers with an ephemeral embed of every entry, by initial letter, paged with
 * {@code define_page:N} buttons when long.
 *
 * <p>The bot has one glossary, so suggestions from every server it is in are reviewed in the one
 * moderators' channel, by that channel's server's moderators. Thread-safe.
 */
final class SuggestionReview extends ListenerAdapter {
    static final String APPROVE_BUTTON = "suggestion_approve";
    static final String REJECT_BUTTON = "suggestion_reject";
    static final String PAGE_BUTTON = "define_page:";
    /** Entries per page of the list: a page stays short enough to read without scrolling far. */
    static final int PAGE_SIZE = 40;
    private static final Logger LOG = LoggerFactory.getLogger(SuggestionReview.class);
    private static final int ACCENT = 0x5865F2;

    private final Bot bot;
    private final GlossarySuggestions suggestions;
    private final Moderators moderators;
    private final ModeratorChannel channel;
    private final PendingReplies pending;

    SuggestionReview(Bot bot, GlossarySuggestions suggestions, Moderators moderators, ModeratorChannel channel,
                     PendingReplies pending) {
        this.bot = bot;
        this.suggestions = suggestions;
        this.moderators = moderators;
        this.channel = channel;
        this.pending = pending;
    }

    /** {@code /termbot suggest}: acknowledged at once (privately), decided and answered after. */
    void suggest(SlashCommandInteractionEvent event, BotCommand command, Where where) {
        if (channel.id().isEmpty()) {
            answer(event, GlossarySuggestions.noReviewChannel("No moderators' channel is set up (discord.moderator_channel),"
                    + " so nobody would see a suggestion. Ask a moderator to add the term."));
            return;
        }
        String userId = event.getUser().getId();
        pending.queue(event.deferReply(true), hook -> {
            GlossarySuggestions.Submitted submitted = suggestions.suggest(where, userId, command);
            if (submitted.suggestion().isEmpty()) {
                followUp(hook, submitted.answer());
                return;
            }
            Suggestion suggestion = submitted.suggestion().get();
            GuildMessageChannel review = containerOf(event.getJDA()).getChannelById(GuildMessageChannel.class, channel.id());
            if (review == null) {
                LOG.warn("moderator channel {} is not visible to the bot; suggestion #{} not shown there", channel.id(), suggestion.id());
                followUp(hook, notShown(suggestion));
                return;
            }
            pending.queue(review.sendMessage(card(suggestion, "suggested in <#" + where.channel() + ">")),
                    posted -> followUp(hook, submitted.answer()),
                    failure -> {
                        LOG.warn("could not post suggestion #{} to the moderator channel: {}", suggestion.id(), failure.toString());
                        followUp(hook, notShown(suggestion));
                    });
        }, failure -> logFailure("suggestion", failure));
    }

    /** {@code /termbot approve N} or {@code reject N} from a moderator (the caller checked that). */
    void decide(SlashCommandInteractionEvent event, BotCommand command) {
        if (command.suggestionId().isEmpty()) {
            answer(event, Reply.notice("Which suggestion?", "Give the number on the suggestion's card."));
            return;
        }
        long id = command.suggestionId().getAsLong();
        boolean approve = command.kind() == BotCommand.Kind.APPROVE;
        String userId = event.getUser().getId();
        pending.queue(event.deferReply(true), hook -> followUp(hook, suggestions.decide(id, approve, userId,
                        command.approvalSource()).answer()),
                failure -> logFailure("decision", failure));
    }

    /** {@code /define} without a term: the first page of the list, privately. */
    void showIndex(SlashCommandInteractionEvent event) {
        GlossaryIndex index = GlossaryIndex.of(bot.knowledge().terms().values());
        MessageCreateBuilder page = new MessageCreateBuilder().setEmbeds(indexEmbed(index, 1))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        pageButtons(index, 1).ifPresent(page::setComponents);
        pending.queue(event.reply(page.build()).setEphemeral(true), done -> { }, failure -> logFailure("glossary list", failure));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (pending.isClosing()) {
            return;
        }
        String id = event.getComponentId();
        if (id.startsWith(PAGE_BUTTON)) {
            turnPage(event, id.substring(PAGE_BUTTON.length()));
        } else if (id.startsWith(APPROVE_BUTTON + ":") || id.startsWith(REJECT_BUTTON + ":")) {
            onDecision(event, id.startsWith(APPROVE_BUTTON + ":"), id.substring(id.indexOf(':') + 1));
        }
    }

    private void onDecision(ButtonInteractionEvent event, boolean approve, String number) {
        if (!moderators.includes(event.getMember())) {
            answer(event, Reply.notice("Moderators only", "Only members with the Manage Server permission or a moderator role"
                    + " decide glossary suggestions."));
            return;
        }
        long id;
        try {
            id = Long.parseLong(number);
        } catch (NumberFormatException e) {
            return; // not a card termbot posted
        }
        String userId = event.getUser().getId();
        // acknowledged as an edit of the card: the card is then changed through the interaction (no channel
        // permission needed), and the moderator's answer follows privately
        pending.queue(event.deferEdit(), hook -> {
            GlossarySuggestions.Decided decided = suggestions.decide(id, approve, userId);
            decided.suggestion().filter(s -> decided.changed()).ifPresent(s -> pending.queue(
                    hook.editOriginal(MessageEditData.fromCreateData(card(s, s.status().key() + " by <@" + userId + ">"))),
                    done -> { }, failure -> logFailure("card update", failure)));
            followUp(hook, decided.answer());
        }, failure -> logFailure("decision", failure));
    }

    private void turnPage(ButtonInteractionEvent event, String number) {
        GlossaryIndex index = GlossaryIndex.of(bot.knowledge().terms().values());
        int page;
        try {
            page = Math.max(1, Math.min(pages(index), Integer.parseInt(number)));
        } catch (NumberFormatException e) {
            return;
        }
        MessageEditBuilder edit = new MessageEditBuilder().setEmbeds(indexEmbed(index, page));
        edit.setComponents(pageButtons(index, page).map(List::of).orElse(List.of()));
        pending.queue(event.editMessage(edit.build()), done -> { }, failure -> logFailure("glossary page", failure));
    }

    /** The review card: the term, the definition, where it came from, and the buttons while it is pending. */
    static MessageCreateData card(Suggestion suggestion, String context) {
        Reply card = GlossarySuggestions.card(suggestion);
        MessageEmbed embed = new EmbedBuilder().setColor(ACCENT)
                .setTitle(ReplyMessages.clip(card.title(), MessageEmbed.TITLE_MAX_LENGTH))
                .addField("Term", ReplyMessages.clip(card.summary(), MessageEmbed.VALUE_MAX_LENGTH), false)
                .setDescription(ReplyMessages.clip(card.body(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField("Status", suggestion.status().key() + " \u2014 " + context, false)
                .setFooter(ReplyMessages.clip(card.footer(), MessageEmbed.TEXT_MAX_LENGTH))
                .build();
        MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embed)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (suggestion.pending()) {
            message.setComponents(ActionRow.of(Button.success(APPROVE_BUTTON + ":" + suggestion.id(), "Approve"),
                    Button.danger(REJECT_BUTTON + ":" + suggestion.id(), "Reject")));
        }
        return message.build();
    }

    static int pages(GlossaryIndex index) {
        return Math.max(1, (index.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** One page of the list: its entries under their initial letters, one field per letter. */
    static MessageEmbed indexEmbed(GlossaryIndex index, int page) {
        List<Term> all = new ArrayList<>();
        Map<String, String> headingOf = new LinkedHashMap<>();
        for (GlossaryIndex.Group group : index.groups()) {
            group.terms().forEach(term -> {
                all.add(term);
                headingOf.put(term.id(), group.heading());
            });
        }
        List<Term> shown = all.subList(Math.min(all.size(), (page - 1) * PAGE_SIZE), Math.min(all.size(), page * PAGE_SIZE));
        Map<String, List<String>> byHeading = new LinkedHashMap<>();
        shown.forEach(term -> byHeading.computeIfAbsent(headingOf.get(term.id()), key -> new ArrayList<>()).add(term.display()));
        EmbedBuilder embed = new EmbedBuilder().setColor(ACCENT)
                .setTitle("The glossary: " + index.size() + " term" + (index.size() == 1 ? "" : "s"));
        byHeading.forEach((heading, names) -> embed.addField(heading,
                ReplyMessages.clip(String.join(" \u00b7 ", names), MessageEmbed.VALUE_MAX_LENGTH), false));
        int pages = pages(index);
        embed.setFooter((pages > 1 ? "Page " + page + " of " + pages + " \u2014 " : "") + "/define TERM shows one entry.");
        return embed.build();
    }

    /** Previous / Next when the list has more than one page. */
    static Optional<ActionRow> pageButtons(GlossaryIndex index, int page) {
        int pages = pages(index);
        if (pages <= 1) {
            return Optional.empty();
        }
        return Optional.of(ActionRow.of(
                Button.secondary(PAGE_BUTTON + (page - 1), "\u25c0 Previous").withDisabled(page <= 1),
                Button.secondary(PAGE_BUTTON + (page + 1), "Next \u25b6").withDisabled(page >= pages)));
    }

    private static IGuildChannelContainer<Channel> containerOf(JDA jda) {
        return jda.getShardManager() != null ? jda.getShardManager() : jda;
    }

    private static Reply notShown(Suggestion suggestion) {
        return Reply.notice("Suggestion saved", "Your suggestion #" + suggestion.id() + " is saved, but the moderators' channel"
                + " could not be reached; a moderator can still decide it with /termbot approve.");
    }

    private void answer(net.dv8tion.jda.api.interactions.callbacks.IReplyCallback callback, Reply reply) {
        pending.queue(callback.reply(ReplyMessages.plain(reply)).setEphemeral(true), done -> { },
                failure -> logFailure("answer", failure));
    }

    private void followUp(InteractionHook hook, Reply reply) {
        hook.setEphemeral(true);
        pending.queue(hook.sendMessage(ReplyMessages.plain(reply)), done -> { }, failure -> logFailure("answer", failure));
    }

    private static void logFailure(String what, Throwable failure) {
        LOG.warn("could not send the {}: {}", what, failure.toString());
    }
}
