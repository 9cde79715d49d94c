package dev.termbot.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

class ExitCodesTest {
    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the database file is locked by another process");
        }
    }

    @Test
    void an_unexpected_failure_is_one_line_for_a_person_with_exit_1_and_no_exception_class() {
        CliRun run = CliRun.run(ExitCodes.applyTo(new CommandLine(new Failing())));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("termbot: the database file is locked by another process "
                + "(run again with TERMBOT_LOG_LEVEL=DEBUG for the details)");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
