package dev.termbot.cli;

import dev.termbot.digest.Digest;
import dev.termbot.digest.DigestCompiler;
import dev.termbot.digest.DigestFormat;
import dev.termbot.digest.DigestPeriod;
import dev.termbot.digest.DigestSettings;
import dev.termbot.core.ConfigException;
import dev.termbot.storage.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code termbot digest}: computes the usage digest for a week or a date range from the database
 * and prints or writes it as text, Markdown, JSON or a PNG chart. Reads only; it never changes the
 * database beyond applying pending migrations.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Print the usage digest for moderators.",
                "Default: this ISO week so far (Monday to today); --last: the last complete week."})
final class DigestCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true)
    PeriodChoice period;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or png (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary for stale terms and silent rules.")
    Path glossary;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone whose days and weeks are counted (default: digest.time_zone of the settings, UTC).")
    String zone;

    @Option(names = "--stale-after-days", paramLabel = "DAYS",
            description = "List terms reviewed longer ago than this (default: digest.stale_after_days of the settings, 180).")
    Integer staleAfterDays;

    @Spec
    CommandSpec spec;

    private final GlossaryLists glossaries;
    private final Clock clock;
    private final BooleanSupplier stdoutIsTerminal;

    /** Picocli's constructor: the glossary comes from --glossary, $TERMBOT_GLOSSARY, ./config/glossary.yaml or the built-in one. */
    DigestCommand() {
        this(GlossaryLists.FROM_FILES, Clock.systemUTC());
    }

    DigestCommand(GlossaryLists glossaries, Clock clock) {
        // System.console() is there only when both stdin and stdout are a terminal; a pipe or a file gets the bytes
        this(glossaries, clock, () -> System.console() != null);
    }

    /** For tests: whether standard output is a terminal. */
    DigestCommand(GlossaryLists glossaries, Clock clock, BooleanSupplier stdoutIsTerminal) {
        this.glossaries = glossaries;
        this.clock = clock;
        this.stdoutIsTerminal = stdoutIsTerminal;
    }

    /** {@code --last}, {@code --week 2026-W48} or {@code --from DATE --to DATE}; none: this week so far. */
    static final class PeriodChoice {
        @Option(names = "--last", description = "The last complete ISO week (what the weekly post shows).")
        boolean last;

        @Option(names = "--week", paramLabel = "YYYY-Www", description = "An ISO week, e.g. 2026-W48.")
        String week;

        @ArgGroup(exclusive = false)
        Range range;
    }

    /** Both ends, inclusive. */
    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (inclusive), e.g. 2026-11-01.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day (inclusive).")
        LocalDate to;
    }

    @Override
    public Integer call() throws Exception {
        // what the bot posts on schedule is what this command shows: the settings file gives the defaults
        Settings.Digest configured = database.config.load(System.getenv()).digest();
        int staleDays = staleAfterDays != null ? staleAfterDays : configured.staleAfterDays();
        DigestFormat chosen;
        ZoneId zoneId;
        DigestPeriod chosenPeriod;
        try {
            chosen = DigestFormat.parse(format);
            zoneId = zone != null ? ZoneId.of(zone) : configured.zone();
            if (staleDays < 0) {
                throw new IllegalArgumentException("--stale-after-days must not be negative");
            }
            chosenPeriod = period(zoneId);
            if (chosen.isBinary() && out == null && stdoutIsTerminal.getAsBoolean()) {
                // a PNG on a terminal is noise that can leave the terminal in a strange state
                throw new IllegalArgumentException("--format " + format + " writes binary data: give --out FILE,"
                        + " or redirect standard output to a file or a pipe");
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new BadInput(e.getMessage());
        }
        GlossaryLists.Lists lists = glossaries.load(Optional.ofNullable(glossary));
        Digest digest = compile(chosenPeriod, zoneId, staleDays, lists);
        write(chosen.render(digest), chosen.isBinary());
        return ExitCodes.OK;
    }

    private DigestPeriod period(ZoneId zoneId) {
        if (period == null) {
            // what a person just did (a console session) is in this week: show it, and say so
            DigestPeriod soFar = DigestPeriod.currentIsoWeekSoFar(clock.instant(), zoneId);
            spec.commandLine().getErr().println("(this week so far: " + soFar.weekOfFirstDay() + ", " + soFar.from()
                    + " to today " + soFar.to() + "; --last shows the last complete week)");
            return soFar;
        }
        if (period.last) {
            return DigestPeriod.lastFullIsoWeek(clock.instant(), zoneId);
        }
        if (period.week != null) {
            return DigestPeriod.isoWeek(period.week);
        }
        return new DigestPeriod(period.range.from, period.range.to);
    }

    private Digest compile(DigestPeriod digestPeriod, ZoneId zoneId, int staleDays, GlossaryLists.Lists lists)
            throws ConfigException, BadInput {
        // queries need no hash key: open the database alone, so a digest never creates a key file
        Database opened = database.migratedDatabase();
        DigestSettings settings = DigestSettings.DEFAULTS.withZone(zoneId).withStaleAfterDays(staleDays);
        return new DigestCompiler(opened.usageQueries(), settings, clock).compile(digestPeriod, lists.terms(), lists.rules());
    }

    private void write(byte[] rendered, boolean binary) throws IOException {
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, rendered);
            spec.commandLine().getErr().println("wrote " + out);
        } else if (binary) {
            PrintStream stdout = System.out;
            stdout.write(rendered);
            stdout.flush();
        } else {
            String text = new String(rendered, StandardCharsets.UTF_8);
            // a terminal prompt (or the next log line) must not run on from the last line
            spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
            spec.commandLine().getOut().flush();
        }
    }
}
