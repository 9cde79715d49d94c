package dev.termbot.platform.console;

import dev.termbot.core.AnsweredNote;
import dev.termbot.core.Bot;
import dev.termbot.core.BotCommand;
import dev.termbot.core.ChatPlatform;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.NoteControls;
import dev.termbot.core.Outcome;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Reply;
import dev.termbot.core.Vote;
import dev.termbot.core.Where;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The bot as a local chat, like hubot's shell adapter: every line is a message from the console
 * user (a line opening a {@code ```} or {@code ~~~} fence goes on until the fence closes, see
 * {@link ConsoleMessages}), lines starting with {@code /} are commands, and stdout shows exactly
 * what the bot would post. Works the same on a terminal and on piped stdin; end of input quits cleanly.
 *
 * <p>The console user is treated as a moderator of the one local channel; {@code /as NAME} speaks
 * as another member (a non-moderator), {@code /as NAME --mod} as another moderator, {@code /as}
 * alone as the console user again. {@code /feedback helpful|not-needed|remove} answers the last note
 * the way its buttons do on Slack and Discord, as whoever speaks now. Message ids carry a run id, so a second session on the same
 * database is never mistaken for a replay of the first. Not thread-safe: one console, one reading
 * thread.
 */
public final class ConsolePlatform implements ChatPlatform {
    static final Where CHANNEL = new Where("console", "local", "console", "");
    static final String USER = "console-user";
    /** Without a known terminal width, replies wrap where a classic terminal ends. */
    public static final int DEFAULT_WIDTH = 80;
    private static final String REPLY_PREFIX = "termbot> ";
    /** What the chat platforms allow moderators only; the console refuses them to a member the same way. */

    private final Bot bot;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream hints;
    private final boolean interactive;
    private final Supplier<String> digestNow;
    private final Clock clock;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final int width;
    private final NoteControls controls;
    /** The last note posted in this session, which {@code /feedback} acts on; empty once removed. */
    private Optional<AnsweredNote> lastNote = Optional.empty();
    private long clicks;
    private GlossarySuggestions suggestions = GlossarySuggestions.unavailable();
    private String speaker = USER;
    private boolean speakerIsModerator = true;
    private long messageCount;
    private volatile boolean open;

    /**
     * @param bot         the core
     * @param in          the user's lines
     * @param out         what the bot posts
     * @param hints       prompts and "why the bot stayed quiet" hints (stderr), never the bot's posts
     * @param interactive whether to show a prompt (a terminal) or not (piped input)
     * @param digestNow   renders the current digest for {@code /termbot digest}
     * @param clock       for reply latency
     */
    public ConsolePlatform(Bot bot, BufferedReader in, PrintStream out, PrintStream hints, boolean interactive,
                           Supplier<String> digestNow, Clock clock) {
        this(bot, in, out, hints, interactive, digestNow, clock, Integer.MAX_VALUE); // unwrapped: each reply line whole
    }

    /** @param width the terminal's width in columns: replies are wrapped to fit it */
    public ConsolePlatform(Bot bot, BufferedReader in, PrintStream out, PrintStream hints, boolean interactive,
                           Supplier<String> digestNow, Clock clock, int width) {
        this(bot, in, out, hints, interactive, digestNow, clock, width, NoteControls.inMemory(bot, clock));
    }

    /** @param controls the feedback and removal controls {@code /feedback} uses (votes in the bot's database) */
    public ConsolePlatform(Bot bot, BufferedReader in, PrintStream out, PrintStream hints, boolean interactive,
                           Supplier<String> digestNow, Clock clock, int width, NoteControls controls) {
        this.controls = controls;
        this.width = width;
        this.bot = bot;
        this.in = in;
        this.out = out;
        this.hints = hints;
        this.interactive = interactive;
        this.digestNow = digestNow;
        this.clock = clock;
    }

    /** Takes glossary suggestions ({@code /termbot suggest}) and moderators' decisions on them; returns this console. */
    public ConsolePlatform withSuggestions(GlossarySuggestions suggestions) {
        this.suggestions = java.util.Objects.requireNonNull(suggestions, "suggestions");
        return this;
    }

    @Override
    public String name() {
        return "console";
    }

    /** Reads lines until end of input or {@code /quit}; returns when the chat is over. */
    @Override
    public void start() throws IOException {
        open = true;
        if (interactive) {
            hints.println("termbot console \u2014 type a message, /define TERM, /feedback helpful|not-needed|remove, /help;"
                    + " Ctrl-D quits.");
        }
        ConsoleMessages messages = new ConsoleMessages(in, hints, interactive);
        String message;
        while (open && (message = messages.next()) != null) {
            handle(message);
        }
        open = false;
    }

    /** Handles one message (a line, or the lines of a fenced block) as the console user typed it. */
    void handle(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.startsWith("/")) {
            command(trimmed);
        } else {
            message(line);
        }
    }

    private void message(String text) {
        Instant receivedAt = clock.instant();
        String messageId = runId + "-" + ++messageCount;
        InboundMessage message = new InboundMessage(CHANNEL, messageId, speaker, false, text, Markup.PLAIN);
        Outcome outcome = bot.onMessage(message);
        if (outcome.reply().isPresent()) {
            Reply note = outcome.reply().get();
            post(note);
            bot.noteDelivered(message, note, receivedAt);
            lastNote = Optional.of(new AnsweredNote(CHANNEL, "note-" + messageId, note.ruleId(), speaker));
        } else if (outcome.suppressed().isPresent()) {
            SuppressionReason reason = outcome.suppressed().get();
            String why = reason == SuppressionReason.DISPUTED ? "already disputed" : reason.key().replace('_', ' ');
            hints.println("(termbot noticed \u201c" + outcome.hits().get(0).matched() + "\u201d but stays quiet: " + why + ")");
        }
    }

    private void command(String line) {
        String[] words = line.substring(1).split("\\s+", 2);
        String name = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (name) {
            case "define" -> post(bot.define(CHANNEL, speaker, rest));
            case "as" -> speakAs(rest);
            case "termbot" -> termbot(rest);
            case "feedback" -> feedback(rest);
            case "help" -> post(bot.help());
            case "quit", "exit" -> open = false;
            default -> post(Reply.notice("Unknown command", "/" + name + " is not a termbot command. Try /help."));
        }
    }

    /** {@code /as NAME [--mod]}: who the following lines come from; {@code /as} alone returns to the console user. */
    private void speakAs(String args) {
        String[] words = args.isEmpty() ? new String[0] : args.split("\\s+");
        boolean moderator = words.length > 1 && words[1].equals("--mod");
        if (words.length > 2 || (words.length == 2 && !moderator)) {
            post(Reply.notice("Not changed", "Write /as NAME to speak as a member, /as NAME --mod as a moderator, /as alone to be yourself again."));
            return;
        }
        speaker = words.length == 0 ? USER : words[0];
        speakerIsModerator = words.length == 0 || moderator;
        hints.println("(you now speak as " + (speaker.equals(USER) ? "yourself" : speaker) + ", "
                + (speakerIsModerator ? "a moderator" : "a member who is not a moderator") + ")");
    }

    /** {@code /feedback helpful|not-needed|remove}: the buttons under a note, for the last one posted. */
    private void feedback(String args) {
        if (lastNote.isEmpty()) {
            post(Reply.notice("No note yet", "/feedback answers the last note termbot posted here, and there is none."));
            return;
        }
        AnsweredNote note = lastNote.get();
        // every command is a click of its own: the console never delivers one twice
        String click = runId + "-click-" + ++clicks;
        switch (args.toLowerCase(Locale.ROOT)) {
            case "helpful" -> controls.vote(note, speaker, Vote.HELPFUL, click).ifPresent(this::post);
            case "not-needed" -> controls.vote(note, speaker, Vote.NOT_NEEDED, click).ifPresent(this::post);
            case "remove" -> remove(note, click);
            default -> post(Reply.notice("Not a feedback", "Write /feedback helpful, /feedback not-needed or /feedback remove."));
        }
    }

    private void remove(AnsweredNote note, String click) {
        NoteControls.Removal removal = controls.removal(note, speaker, click, () -> speakerIsModerator);
        removal.refusal().ifPresent(this::post);
        removal.allowedAs().ifPresent(by -> {
            lastNote = Optional.empty();
            post(controls.removed(note, speaker, by));
        });
    }

    private void termbot(String args) {
        BotCommand command = BotCommand.parse(args);
        if (command.forModerators() && !speakerIsModerator) {
            post(Reply.notice("Moderators only", "/termbot " + command.word() + " is for moderators, and " + speaker
                    + " is not one; type /as " + speaker + " --mod to try it as a moderator."));
            return;
        }
        switch (command.kind()) {
            case OPT_OUT -> post(bot.setOptedOut(CHANNEL, speaker, true));
            case OPT_IN -> post(bot.setOptedOut(CHANNEL, speaker, false));
            case MUTE -> post(bot.setMuted(CHANNEL, true));
            case UNMUTE -> post(bot.setMuted(CHANNEL, false));
            case COOLDOWN -> post(command.cooldown().map(d -> bot.setCooldown(CHANNEL, d))
                    .orElseGet(() -> Reply.notice("Cooldown not changed", command.whyNoCooldown())));
            case DIGEST -> out.println(digestNow.get());
            case SUGGEST -> suggest(command);
            case APPROVE, REJECT -> decide(command);
            default -> post(bot.help());
        }
    }

    /** The console is its own moderators' channel: the member's answer, then the review card. */
    private void suggest(BotCommand command) {
        GlossarySuggestions.Submitted submitted = suggestions.suggest(CHANNEL, speaker, command);
        post(submitted.answer());
        submitted.suggestion().ifPresent(suggestion -> {
            hints.println("(the moderators' channel shows this card)");
            post(GlossarySuggestions.card(suggestion));
        });
    }

    private void decide(BotCommand command) {
        if (command.suggestionId().isEmpty()) {
            post(Reply.notice("Which suggestion?", "Write /termbot " + command.word() + " N, with the suggestion's number."));
            return;
        }
        post(suggestions.decide(command.suggestionId().getAsLong(), command.kind() == BotCommand.Kind.APPROVE, speaker,
                command.approvalSource()).answer());
    }

    private void post(Reply reply) {
        out.println(REPLY_PREFIX + String.join("\n" + " ".repeat(REPLY_PREFIX.length()),
                ConsoleWrap.lines(reply.toPlainText(), width - REPLY_PREFIX.length())));
        out.flush();
    }

    @Override
    public boolean isConnected() {
        return open;
    }

    @Override
    public void postToModerators(String markdown) {
        out.println(markdown);
    }

    @Override
    public void close() {
        open = false;
    }
}
