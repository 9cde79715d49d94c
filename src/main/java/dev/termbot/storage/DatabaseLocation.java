package dev.termbot.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the SQLite file lives: an explicit path wins, then {@code TERMBOT_DB}, then
 * {@code data/termbot.db} relative to the working directory. Stateless.
 */
public final class DatabaseLocation {
    public static final String ENV_VARIABLE = "TERMBOT_DB";
    public static final Path DEFAULT = Path.of("data", "termbot.db");

    private DatabaseLocation() {
    }

    public static Path resolve(Optional<Path> explicit, Map<String, String> environment) {
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String fromEnvironment = environment.get(ENV_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT : Path.of(fromEnvironment.strip());
    }
}
