package dev.termbot.storage;

import java.util.Arrays;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/** The applied and the known schema versions of one file, as Flyway reports them. Immutable. */
record SchemaVersions(String current, String latestKnown, boolean newerThanKnown) {

    static SchemaVersions of(MigrationInfoService info) {
        MigrationInfo current = info.current();
        String latest = Arrays.stream(info.all())
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse("0");
        boolean newer = Arrays.stream(info.all())
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        return new SchemaVersions(current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion(),
                latest, newer);
    }

    void refuseNewer(String location) {
        if (newerThanKnown) {
            throw new StorageException("the database " + location + " has schema version " + current
                    + ", newer than this termbot knows (" + latestKnown + "); it was left untouched."
                    + " Run a termbot at least as new as the one that last migrated it, or use another database.");
        }
    }
}
