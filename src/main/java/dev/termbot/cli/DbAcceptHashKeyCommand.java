package dev.termbot.cli;

import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code termbot db accept-hash-key}: the deliberate way out when the user-id hash key was lost:
 * adopts the current key (TERMBOT_HASH_KEY or the key file, generated if missing). Rows hashed with
 * the old key stay but no longer match anyone, so old opt-outs stop applying.
 */
@Command(name = "accept-hash-key", mixinStandardHelpOptions = true,
        description = "Adopt the current user-id hash key after the old one was lost (old opt-outs stop matching).")
final class DbAcceptHashKeyCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StorageOptions options = StorageOptions.fromEnvironment(System.getenv()).withAcceptNewHashKey(true);
        try (Storage storage = database.openStorage(options)) {
            spec.commandLine().getOut().println(storage.database().location() + " now uses the current hash key;"
                    + " data stored under the old key can no longer be exported, forgotten or matched to opt-outs.");
        }
        return ExitCodes.OK;
    }
}
