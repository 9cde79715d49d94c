package dev.termbot.cli;

import dev.termbot.storage.UserSelector;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --user ID [--platform P] [--workspace W]}: whose data a privacy command is about (a picocli mixin). */
final class UserOptions {
    @Option(names = "--user", required = true, paramLabel = "ID", description = "The user's platform id (e.g. U012AB3CD or a Discord snowflake).")
    String user;

    @Option(names = "--platform", paramLabel = "P", description = "Only this platform (slack, discord, console).")
    String platform;

    @Option(names = "--workspace", paramLabel = "W", description = "Only this Slack team or Discord guild id.")
    String workspace;

    UserSelector selector() {
        return new UserSelector(user.strip(), Optional.ofNullable(platform), Optional.ofNullable(workspace));
    }
}
