package dev.termbot.platform.discord;

import dev.termbot.core.Link;
import dev.termbot.core.NoteButton;
import dev.termbot.core.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageCreateRequest;

/**
 * Renders the core's platform-neutral {@link Reply} as a Discord message: one embed (title, text,
 * a "Sources" field with the links, footer) and, where it helps, one button. Every message it builds
 * allows no mentions at all, on top of the process-wide default the platform sets.
 *
 * <p>Thread-safe; keeps nothing but the embeds of recent notes ({@link #noteEmbed}).
 */
final class ReplyMessages {
    /** Custom id prefix of the "Full definition" button under a note; the term id follows. */
    static final String DEFINE_BUTTON = "termbot:define:";
    /** Custom id prefix of the "Share" button under an ephemeral definition; the term id follows. */
    static final String SHARE_BUTTON = "termbot:share:";

    private static final int ACCENT = 0x5865F2;
    private static final String SOURCES = "Sources";
    private static final int MAX_CUSTOM_ID = 100;
    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);
    /** How many notes' embeds {@link #noteEmbed} keeps at most: far more rules than a glossary has. */
    static final int KEPT_EMBEDS = 512;
    private static final Map<Reply, MessageEmbed> NOTE_EMBEDS = new ConcurrentHashMap<>();

    private ReplyMessages() {
    }

    /** A passive note, with a "Full definition" button when the note is about a term. */
    static MessageCreateData note(Reply reply) {
        return message(reply, button(DEFINE_BUTTON, reply.termId(), "Full definition"));
    }

    /**
     * A passive note answering {@code authorId}'s message: "Full definition" and the controls
     * "Helpful", "Not needed" and "Remove", whose custom ids are {@code feedback_helpful:},
     * {@code feedback_not_needed:} and {@code remove_note:} followed by the author and the rule
     * ({@link NoteButton}). A rule id too long for Discord's 100 characters gets no controls.
     */
    static MessageCreateData note(Reply reply, String authorId) {
        return withNoteControls(new MessageCreateBuilder().setEmbeds(noteEmbed(reply)), reply, authorId).build();
    }

    /**
     * Adds to a message request that already carries the note's {@linkplain #noteEmbed embed} what
     * {@link #note(Reply, String)} adds: the buttons, and no mentions at all. Why it also takes the
     * REST action itself: a {@link MessageCreateData} built first and then handed to JDA's action
     * was validated and copied once more per note, on the thread that decides every note (a JFR
     * profile of a burst showed building and handing over a note as the larger part of that thread's work).
     */
    static <R extends MessageCreateRequest<R>> R withNoteControls(R request, Reply reply, String authorId) {
        List<Button> buttons = new ArrayList<>(4);
        button(DEFINE_BUTTON, reply.termId(), "Full definition").ifPresent(buttons::add);
        if (!authorId.isEmpty() && !reply.ruleId().isEmpty()) {
            String value = ":" + new NoteButton(authorId, reply.ruleId()).encode();
            if (NoteButton.Control.NOT_NEEDED.id().length() + value.length() <= MAX_CUSTOM_ID) {
                buttons.add(Button.secondary(NoteButton.Control.HELPFUL.id() + value, "Helpful"));
                buttons.add(Button.secondary(NoteButton.Control.NOT_NEEDED.id() + value, "Not needed"));
                buttons.add(Button.danger(NoteButton.Control.REMOVE.id() + value, "Remove"));
            }
        }
        request.setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false);
        if (!buttons.isEmpty()) {
            request.setComponents(ActionRow.of(buttons));
        }
        return request;
    }

    /**
     * The embed of a passive note. Every note about a rule carries the same embed until the
     * glossary changes, so the embeds of recent replies are kept (an embed is immutable) instead of
     * being built again for every note of a burst; the few kept are dropped all at once when there
     * are more than {@link #KEPT_EMBEDS}, which a glossary reload or many rules cause.
     */
    static MessageEmbed noteEmbed(Reply reply) {
        MessageEmbed kept = NOTE_EMBEDS.get(reply);
        if (kept != null) {
            return kept;
        }
        if (NOTE_EMBEDS.size() >= KEPT_EMBEDS) {
            NOTE_EMBEDS.clear();
        }
        MessageEmbed built = embed(reply);
        NOTE_EMBEDS.put(reply, built);
        return built;
    }

    /** A /define answer shown to one person, with a "Share" button when a term was found. */
    static MessageCreateData privateAnswer(Reply reply) {
        Optional<Button> share = reply.kind() == Reply.Kind.DEFINITION
                ? button(SHARE_BUTTON, reply.termId(), "Share")
                : Optional.empty();
        return message(reply, share);
    }

    /** A reply for everyone in the channel or a DM: no buttons. */
    static MessageCreateData plain(Reply reply) {
        return message(reply, Optional.empty());
    }

    /** Plain Markdown text (the digest) as one message; link previews are suppressed. */
    static MessageCreateData text(String markdown) {
        return new MessageCreateBuilder()
                .setContent(markdown)
                .setSuppressEmbeds(true)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    static MessageEmbed embed(Reply reply) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ACCENT);
        String title = clip(reply.title().isBlank() ? "termbot" : reply.title(), MessageEmbed.TITLE_MAX_LENGTH);
        embed.setTitle(title);
        int used = title.length();
        if (!reply.links().isEmpty()) {
            String sources = sources(reply.links());
            embed.addField(SOURCES, sources, false);
            used += SOURCES.length() + sources.length();
        }
        if (!reply.footer().isBlank()) {
            String footer = clip(reply.footer(), MessageEmbed.TEXT_MAX_LENGTH);
            embed.setFooter(footer);
            used += footer.length();
        }
        // Discord also caps the whole embed; the description gives way, as the sources matter more
        int room = Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, MessageEmbed.EMBED_MAX_LENGTH_BOT - used);
        embed.setDescription(clip(description(reply), room));
        return embed.build();
    }

    private static MessageCreateData message(Reply reply, Optional<Button> button) {
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setEmbeds(embed(reply))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        button.ifPresent(b -> builder.setComponents(ActionRow.of(b)));
        return builder.build();
    }

    private static String description(Reply reply) {
        List<String> parts = new ArrayList<>();
        if (!reply.summary().isBlank()) {
            parts.add(reply.summary());
        }
        if (!reply.body().isBlank()) {
            parts.add(reply.body());
        }
        if (!reply.suggestions().isEmpty()) {
            parts.add("Did you mean: " + String.join(", ", reply.suggestions()) + "?");
        }
        return parts.isEmpty() ? "\u2014" : String.join("\n\n", parts);
    }

    /** One Markdown link per line, as many whole lines as fit in a field. */
    private static String sources(List<Link> links) {
        StringBuilder out = new StringBuilder();
        for (Link link : links) {
            String line = "[" + escapeLinkText(link.title()) + "](" + link.url() + ")";
            int needed = (out.length() == 0 ? 0 : 1) + line.length();
            if (out.length() + needed > MessageEmbed.VALUE_MAX_LENGTH) {
                break;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line);
        }
        return out.length() == 0 ? clip(links.get(0).url(), MessageEmbed.VALUE_MAX_LENGTH) : out.toString();
    }

    private static String escapeLinkText(String title) {
        return title.replace("[", "\\[").replace("]", "\\]");
    }

    private static Optional<Button> button(String prefix, String termId, String label) {
        if (termId.isEmpty() || prefix.length() + termId.length() > MAX_CUSTOM_ID) {
            return Optional.empty();
        }
        return Optional.of(Button.secondary(prefix + termId, label));
    }

    /** Cuts text to a limit with an ellipsis, never inside a surrogate pair. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }
}
