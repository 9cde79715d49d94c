package dev.termbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A separate, real Logback context whose only appender writes through a {@link LogLineEncoder} into
 * memory, so tests see exactly the bytes termbot would write to stderr.
 */
final class InMemoryLogback implements AutoCloseable {
    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    InMemoryLogback(LogFormat format) {
        context.setName("in-memory-" + format);
        // share SLF4J's MDC, so MDC.put in a test reaches this context as it would the real one
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());
        LogLineEncoder encoder = new LogLineEncoder();
        encoder.setContext(context);
        encoder.setFormat(format.name());
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("memory");
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        root.addAppender(appender);
        context.start();
    }

    org.slf4j.Logger logger(String name) {
        return context.getLogger(name);
    }

    LoggerContext context() {
        return context;
    }

    /** Everything written so far, as the bytes were decoded from UTF-8. */
    String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.stop();
    }
}
