package dev.termbot.storage;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The Flyway settings and error wording both databases share. Stateless. */
final class Migrations {
    private Migrations() {
    }

    static Flyway flyway(DataSource dataSource, List<String> locations, String target) {
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // no pattern is ignored: a migration applied by a newer termbot fails validation instead of passing silently
                .ignoreMigrationPatterns(new org.flywaydb.core.api.pattern.ValidatePattern[0])
                .cleanDisabled(true)
                .failOnMissingLocations(true);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** Applies pending migrations, refusing a schema migrated by a newer termbot. */
    static MigrationReport migrate(Flyway flyway, String location) {
        try {
            SchemaVersions before = SchemaVersions.of(flyway.info());
            before.refuseNewer(location);
            int applied = flyway.migrate().migrationsExecuted;
            return new MigrationReport(location, before.current(), SchemaVersions.of(flyway.info()).current(), applied);
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate " + location + ": " + e.getMessage(), e);
        }
    }

    static SchemaInfo info(Database database, Flyway flyway) {
        try {
            return SchemaInfo.read(database, flyway.info());
        } catch (FlywayException e) {
            throw new StorageException("cannot read " + database.location() + ": " + e.getMessage(), e);
        }
    }
}
