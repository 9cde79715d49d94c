package dev.termbot.platform.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands termbot registers: {@code /define term:} with autocomplete, and {@code /termbot}
 * with subcommands for everyone (optout, optin, help) and for moderators (mute, unmute, cooldown,
 * digest). Moderator rights are checked when a command runs, not through Discord's default
 * permissions, so that configured moderator roles work too. Stateless.
 */
final class SlashCommands {
    static final String DEFINE = "define";
    static final String TERM_OPTION = "term";
    static final String TERMBOT = "termbot";
    static final String DURATION_OPTION = "duration";
    static final String SUGGEST = "suggest";
    static final String DEFINITION_OPTION = "definition";
    static final String NUMBER_OPTION = "number";
    static final String SOURCE_OPTION = "source";

    private SlashCommands() {
    }

    /**
     * What follows the subcommand, as {@link dev.termbot.core.BotCommand#parse} reads it from the
     * other platforms: the duration, "TERM: definition" for a suggestion, or the suggestion's number
     * (with the source link a moderator adds on approval).
     */
    static String argument(net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent event) {
        String term = event.getOption(TERM_OPTION, "", net.dv8tion.jda.api.interactions.commands.OptionMapping::getAsString);
        if (SUGGEST.equals(event.getSubcommandName())) {
            // the term ends at the first colon, as in "/termbot suggest TERM: definition" elsewhere
            return term.replace(':', ' ') + ": "
                    + event.getOption(DEFINITION_OPTION, "", net.dv8tion.jda.api.interactions.commands.OptionMapping::getAsString);
        }
        if (event.getOption(NUMBER_OPTION) != null) {
            return event.getOption(NUMBER_OPTION, net.dv8tion.jda.api.interactions.commands.OptionMapping::getAsString) + " "
                    + event.getOption(SOURCE_OPTION, "", net.dv8tion.jda.api.interactions.commands.OptionMapping::getAsString);
        }
        return event.getOption(DURATION_OPTION, "", net.dv8tion.jda.api.interactions.commands.OptionMapping::getAsString);
    }

    static List<CommandData> all() {
        return List.of(
                Commands.slash(DEFINE, "Look up an AI term in the termbot glossary (no term: list them all)")
                        .addOptions(new OptionData(OptionType.STRING, TERM_OPTION, "The term, e.g. distillation; leave out to list every term",
                                false, true)
                                .setMaxLength(100))
                        .setContexts(InteractionContextType.GUILD),
                Commands.slash(TERMBOT, "termbot: help, opting out, and moderator settings")
                        .addSubcommands(
                                new SubcommandData("help", "What termbot does and which commands exist"),
                                new SubcommandData("optout", "Stop termbot's notes on your messages in this server"),
                                new SubcommandData("optin", "Allow termbot's notes on your messages again"),
                                new SubcommandData("mute", "(moderators) Stop notes in this channel"),
                                new SubcommandData("unmute", "(moderators) Allow notes in this channel again"),
                                new SubcommandData("cooldown", "(moderators) Minimum time between notes on the same term here")
                                        .addOptions(new OptionData(OptionType.STRING, DURATION_OPTION,
                                                "For example 45m, 2h or 1h30m", true).setMaxLength(20)),
                                new SubcommandData("digest", "(moderators) Show the usage digest now"),
                                new SubcommandData(SUGGEST, "Suggest a missing term for the glossary; moderators review it")
                                        .addOptions(new OptionData(OptionType.STRING, TERM_OPTION, "The term, e.g. model collapse",
                                                        true).setMaxLength(80),
                                                new OptionData(OptionType.STRING, DEFINITION_OPTION,
                                                        "One sentence that defines it (a https link to a source helps)", true)
                                                        .setMaxLength(1000)),
                                new SubcommandData("approve", "(moderators) Add glossary suggestion N to the glossary")
                                        .addOptions(new OptionData(OptionType.INTEGER, NUMBER_OPTION, "The suggestion's number", true)
                                                        .setMinValue(1),
                                                new OptionData(OptionType.STRING, SOURCE_OPTION,
                                                        "A https link to a source, for a suggestion that has none", false)
                                                        .setMaxLength(500)),
                                new SubcommandData("reject", "(moderators) Turn glossary suggestion N down")
                                        .addOptions(new OptionData(OptionType.INTEGER, NUMBER_OPTION, "The suggestion's number", true)
                                                .setMinValue(1)))
                        .setContexts(InteractionContextType.GUILD));
    }
}
