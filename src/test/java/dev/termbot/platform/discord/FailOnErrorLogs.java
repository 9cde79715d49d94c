package dev.termbot.platform.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails a test when anything logged an ERROR while it ran. JDA catches exceptions thrown by event
 * listeners and payload parsing and only logs them, so without this a broken handler would look
 * like a mere timeout, or pass. Runs after the test's own {@code @AfterEach}, so shutdown errors count.
 */
final class FailOnErrorLogs implements BeforeEachCallback, AfterEachCallback {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<String> expected = new CopyOnWriteArrayList<>();

    /**
     * Declares one ERROR line the current test provokes on purpose (JDA logs a gateway close code
     * such as 4000 at ERROR): lines from that logger starting with that text do not fail the test.
     */
    void expect(String loggerName, String messageStart) {
        expected.add(loggerName + ": " + messageStart);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        expected.clear();
        appender.start();
        root().addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        root().detachAppender(appender);
        appender.stop();
        List<String> errors;
        // AppenderBase appends under the appender's lock; copy under the same lock
        synchronized (appender) {
            errors = appender.list.stream()
                    .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                    .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? "" : " / " + event.getThrowableProxy().getClassName()
                            + ": " + event.getThrowableProxy().getMessage()))
                    .filter(line -> expected.stream().noneMatch(line::startsWith))
                    .toList();
        }
        assertThat(errors).as("ERROR lines logged during the test").isEmpty();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
