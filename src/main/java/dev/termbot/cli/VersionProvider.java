package dev.termbot.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = TermbotCommand.class.getPackage().getImplementationVersion();
        return new String[] {"termbot " + (version == null ? "dev" : version)};
    }
}
