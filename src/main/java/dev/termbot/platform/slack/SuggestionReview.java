package dev.termbot.platform.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.termbot.core.BotCommand;
import dev.termbot.core.GlossaryIndex;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.Reply;
import dev.termbot.core.Suggestion;
import dev.termbot.core.Term;
import dev.termbot.core.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Glossary suggestions on Slack: {@code /termbot suggest} posts a review card with Approve / Reject
 * buttons ({@link #APPROVE_ACTION}, {@link #REJECT_ACTION}, the suggestion's number as the value) to
 * {@code slack.moderator_channel}, the digest's channel; a moderator's click decides it, the card is
 * updated for everyone ({@code chat.update}) and the moderator gets an ephemeral answer; anyone else
 * gets an ephemeral refusal. Also renders {@code /define} without a term: every entry, grouped by
 * initial letter, ephemeral.
 *
 * <p>With no moderators' channel, or in OAuth mode (many workspaces sharing one glossary, and no
 * workspace's moderators may decide for the others), suggestions are not taken and the member is
 * told so. Thread-safe.
 */
final class SuggestionReview {
    static final String APPROVE_ACTION = "suggestion_approve";
    static final String REJECT_ACTION = "suggestion_reject";
    private static final int SECTION_LIMIT = 3000;

    private final GlossarySuggestions suggestions;
    private final Moderators moderators;
    private final ResponseUrl responses;
    private final String channel;
    /** The single workspace's client; empty in OAuth mode. */
    private final Optional<MethodsClient> api;
    private final WebApiCaller caller;

    SuggestionReview(GlossarySuggestions suggestions, Moderators moderators, ResponseUrl responses, String channel,
                     Optional<MethodsClient> api, WebApiCaller caller) {
        this.suggestions = suggestions;
        this.moderators = moderators;
        this.responses = responses;
        this.channel = channel;
        this.api = api;
        this.caller = caller;
    }

    /** {@code /termbot suggest ...}, on a worker: the answer goes to the member only. */
    void suggest(SlashCommandPayload p, BotCommand command, Where where) {
        Optional<String> closed = whyClosed();
        if (closed.isPresent()) {
            answer(p.getResponseUrl(), GlossarySuggestions.noReviewChannel(closed.get()));
            return;
        }
        GlossarySuggestions.Submitted submitted = suggestions.suggest(where, p.getUserId(), command);
        if (submitted.suggestion().isEmpty()) {
            answer(p.getResponseUrl(), submitted.answer());
            return;
        }
        Suggestion suggestion = submitted.suggestion().get();
        Reply card = GlossarySuggestions.card(suggestion);
        boolean posted = caller.call("chat.postMessage", () -> api.get().chatPostMessage(r -> r
                .channel(channel)
                .text(BlockKit.fallbackText(card))
                .blocks(cardBlocks(card, Optional.of(suggestion.id()), "in <#" + where.channel() + ">"))
                .unfurlLinks(false)
                .unfurlMedia(false))).isPresent();
        answer(p.getResponseUrl(), posted ? submitted.answer() : Reply.notice("Suggestion saved", "Your suggestion #"
                + suggestion.id() + " is saved, but the moderators' channel could not be reached; a moderator can still"
                + " decide it with /termbot approve " + suggestion.id() + "."));
    }

    /** {@code /termbot approve N} or {@code reject N} from a moderator (the caller checked that). */
    void decide(SlashCommandPayload p, BotCommand command) {
        if (api.isEmpty()) {
            answer(p.getResponseUrl(), GlossarySuggestions.noReviewChannel(OAUTH));
            return;
        }
        if (command.suggestionId().isEmpty()) {
            answer(p.getResponseUrl(), Reply.notice("Which suggestion?", "Write /termbot " + command.word() + " N, with the"
                    + " number on the suggestion's card."));
            return;
        }
        GlossarySuggestions.Decided decided = suggestions.decide(command.suggestionId().getAsLong(),
                command.kind() == BotCommand.Kind.APPROVE, p.getUserId(), command.approvalSource());
        answer(p.getResponseUrl(), decided.answer());
    }

    /** A click on Approve or Reject on a card, on a worker. */
    void onClick(BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().size() != 1 || p.getUser() == null) {
            return;
        }
        BlockActionPayload.Action action = p.getActions().get(0);
        String team = p.getTeam() == null ? "" : p.getTeam().getId();
        if (api.isEmpty() || !moderators.isModerator(team, p.getUser().getId())) {
            responses.answerEphemerally(p.getResponseUrl(), Reply.notice("Moderators only", api.isEmpty() ? OAUTH
                    : "Only workspace admins and owners and the moderators' user group decide glossary suggestions."));
            return;
        }
        long id;
        try {
            id = Long.parseLong(action.getValue());
        } catch (NumberFormatException | NullPointerException e) {
            return; // not a card termbot posted
        }
        GlossarySuggestions.Decided decided = suggestions.decide(id, APPROVE_ACTION.equals(action.getActionId()), p.getUser().getId());
        decided.suggestion().filter(s -> decided.changed()).ifPresent(s -> updateCard(p, s));
        responses.answerEphemerally(p.getResponseUrl(), decided.answer());
    }

    /** The card without its buttons, saying who decided (a decided card cannot be clicked again). */
    private void updateCard(BlockActionPayload p, Suggestion suggestion) {
        if (p.getContainer() == null || p.getContainer().getMessageTs() == null || p.getChannel() == null) {
            return;
        }
        Reply card = GlossarySuggestions.card(suggestion);
        String by = suggestion.status().key() + " by <@" + p.getUser().getId() + ">";
        caller.call("chat.update", () -> api.get().chatUpdate(r -> r
                .channel(p.getChannel().getId())
                .ts(p.getContainer().getMessageTs())
                .text(BlockKit.fallbackText(card))
                .blocks(cardBlocks(card, Optional.empty(), by))));
    }

    /** {@code /define} without a term: every entry, grouped by initial letter, for the asker only. */
    static List<LayoutBlock> indexBlocks(GlossaryIndex index) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain("The glossary: " + index.size() + " term" + (index.size() == 1 ? "" : "s"))).build());
        for (GlossaryIndex.Group group : index.groups()) {
            String names = group.terms().stream().map(Term::display).map(Mrkdwn::escape).collect(Collectors.joining(" \u00b7 "));
            blocks.add(section("*" + group.heading() + "*\n" + names));
        }
        blocks.add(ContextBlock.builder().elements(List.of(markdown("/define TERM shows one entry with its sources and related terms."))).build());
        return blocks;
    }

    private static final String OAUTH = "This termbot serves several Slack workspaces, which share one glossary; so that no"
            + " workspace decides for the others, suggestions are not taken in Slack. Ask whoever runs termbot to add the term"
            + " to the glossary file.";

    private Optional<String> whyClosed() {
        if (api.isEmpty()) {
            return Optional.of(OAUTH);
        }
        if (channel.isEmpty()) {
            return Optional.of("No moderators' channel is set up (slack.moderator_channel), so nobody would see a suggestion."
                    + " Ask a moderator to add the term.");
        }
        return Optional.empty();
    }

    private void answer(String responseUrl, Reply reply) {
        responses.answerCommand(responseUrl, reply, false);
    }

    private static List<LayoutBlock> cardBlocks(Reply card, Optional<Long> buttonsFor, String context) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(Mrkdwn.shorten(card.title(), 150))).build());
        blocks.add(section("*" + Mrkdwn.escape(card.summary()) + "*\n" + Mrkdwn.escape(card.body())));
        blocks.add(ContextBlock.builder().elements(List.of(markdown(Mrkdwn.escape(card.footer()) + " (" + context + ")"))).build());
        buttonsFor.ifPresent(id -> blocks.add(ActionsBlock.builder().elements(List.of(
                ButtonElement.builder().actionId(APPROVE_ACTION).value(Long.toString(id)).style("primary").text(plain("Approve")).build(),
                ButtonElement.builder().actionId(REJECT_ACTION).value(Long.toString(id)).style("danger").text(plain("Reject")).build()))
                .build()));
        return blocks;
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(markdown(Mrkdwn.shorten(mrkdwn, SECTION_LIMIT))).build();
    }

    private static MarkdownTextObject markdown(String mrkdwn) {
        return MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(false).build();
    }
}
