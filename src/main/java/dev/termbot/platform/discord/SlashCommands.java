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

    private SlashCommands() {
    }

    static List<CommandData> all() {
        return List.of(
                Commands.slash(DEFINE, "Look up an AI term in the termbot glossary")
                        .addOptions(new OptionData(OptionType.STRING, TERM_OPTION, "The term, e.g. distillation", true, true)
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
                                new SubcommandData("digest", "(moderators) Show the usage digest now"))
                        .setContexts(InteractionContextType.GUILD));
    }
}
