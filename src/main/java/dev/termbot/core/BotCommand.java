package dev.termbot.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code /termbot} subcommand, parsed once here so every platform understands the same words the
 * same way; the adapters only render the answer (and check who is a moderator, which only they know).
 *
 * @param kind     what is asked
 * @param word     the subcommand as typed, lower case ("" when none was given)
 * @param cooldown for {@link Kind#COOLDOWN}: the new cooldown, empty when the argument is missing, not
 *                 one duration, or beyond {@link Durations#parse}'s limit of 365 days; empty otherwise
 */
public record BotCommand(Kind kind, String word, Optional<Duration> cooldown, String argument) {

    /** The subcommands; those for moderators are refused to other members by the adapters. */
    public enum Kind {
        OPT_OUT("optout", false),
        OPT_IN("optin", false),
        MUTE("mute", true),
        UNMUTE("unmute", true),
        COOLDOWN("cooldown", true),
        DIGEST("digest", true),
        HELP("help", false),
        /** {@code suggest TERM: one-sentence definition [https://source]}: a glossary entry for moderators to review. */
        SUGGEST("suggest", false),
        /** {@code approve N [https://source]}: a moderator accepts suggestion N into the glossary. */
        APPROVE("approve", true),
        /** {@code reject N}: a moderator turns suggestion N down. */
        REJECT("reject", true),
        /** Anything else, or nothing: answered with the help. */
        UNKNOWN("", false);

        private final String word;
        private final boolean forModerators;

        Kind(String word, boolean forModerators) {
            this.word = word;
            this.forModerators = forModerators;
        }

        static Kind of(String word) {
            for (Kind kind : values()) {
                if (kind != UNKNOWN && kind.word.equals(word)) {
                    return kind;
                }
            }
            return UNKNOWN;
        }
    }

    public BotCommand {
        Objects.requireNonNull(kind, "kind");
        word = word == null ? "" : word;
        argument = argument == null ? "" : argument.strip();
        cooldown = kind == Kind.COOLDOWN ? Objects.requireNonNull(cooldown, "cooldown") : Optional.empty();
    }

    /** Parses what follows {@code /termbot}, e.g. {@code "cooldown 45m"}; case and spacing do not matter. */
    public static BotCommand parse(String text) {
        String[] words = text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
        String sub = words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
        Kind kind = Kind.of(sub);
        // a cooldown takes exactly one duration: "cooldown 1h 30m" is refused, not half read
        Optional<Duration> cooldown = kind == Kind.COOLDOWN && words.length == 2 ? Durations.parse(words[1]) : Optional.empty();
        String argument = words.length > 1 ? text.strip().substring(words[0].length()).strip() : "";
        return new BotCommand(kind, sub, cooldown, argument);
    }

    /**
     * For platforms whose own command UI already splits the subcommand from its argument (Discord's
     * slash command options).
     */
    public static BotCommand of(String subcommand, String argument) {
        String sub = subcommand == null ? "" : subcommand.strip().toLowerCase(Locale.ROOT);
        Kind kind = Kind.of(sub);
        return new BotCommand(kind, sub, kind == Kind.COOLDOWN ? Durations.parse(argument) : Optional.empty(), argument);
    }

    /** Why a cooldown was not set, in words for the person who asked (the limit, or how to write one). */
    public String whyNoCooldown() {
        return Durations.whyNot(argument);
    }

    /**
     * For {@link Kind#SUGGEST}: the term (before the first colon) and the definition (after it), both
     * stripped; empty when either is missing, so the adapter can answer with the expected form.
     */
    public Optional<SuggestedEntry> suggestion() {
        if (kind != Kind.SUGGEST) {
            return Optional.empty();
        }
        int colon = argument.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String term = argument.substring(0, colon).strip();
        String definition = argument.substring(colon + 1).strip();
        return term.isEmpty() || definition.isEmpty() ? Optional.empty() : Optional.of(new SuggestedEntry(term, definition));
    }

    /**
     * For {@link Kind#APPROVE} and {@link Kind#REJECT}: the suggestion's number ("7" or "#7", the first
     * word); empty when it is not one.
     */
    public java.util.OptionalLong suggestionId() {
        if (kind != Kind.APPROVE && kind != Kind.REJECT) {
            return java.util.OptionalLong.empty();
        }
        String first = argument.isEmpty() ? "" : argument.split("\\s+", 2)[0];
        String number = first.startsWith("#") ? first.substring(1) : first;
        if (!number.matches("[0-9]{1,18}")) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(number));
    }

    /**
     * For {@link Kind#APPROVE}: what the moderator wrote after the number ({@code approve 7 https://source}),
     * the source link a suggestion without one gets on approval; empty when nothing follows the number.
     */
    public Optional<String> approvalSource() {
        if (kind != Kind.APPROVE) {
            return Optional.empty();
        }
        String[] parts = argument.split("\\s+", 2);
        return parts.length < 2 || parts[1].isBlank() ? Optional.empty() : Optional.of(parts[1].strip());
    }

    /** Whether only moderators may run it. */
    public boolean forModerators() {
        return kind.forModerators;
    }
}
