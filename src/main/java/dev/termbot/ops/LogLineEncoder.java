package dev.termbot.ops;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.EncoderBase;

import java.nio.charset.StandardCharsets;

/**
 * The Logback encoder of termbot's log appender: writes each event as a readable text line (a
 * Logback pattern) or as a JSON line ({@link JsonLineLayout}), and passes everything through the
 * {@link SecretRedactor} first, exception messages and stack traces included.
 *
 * <p>Set up by {@link LogSetup} (or an operator's own Logback file, as {@code <encoder>} with
 * {@code <format>} "text" or "json" and {@code <pattern>}, the text layout). The format can be
 * switched while running ({@link LogOutput#use}). Thread-safe.
 */
public final class LogLineEncoder extends EncoderBase<ILoggingEvent> {
    static final String DEFAULT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{24} - %msg%n";

    private String pattern = DEFAULT_PATTERN;
    private LogFormat format = LogFormat.TEXT;
    private Layout<ILoggingEvent> text;
    private Layout<ILoggingEvent> json;
    private volatile Layout<ILoggingEvent> active;

    /** The text layout's Logback pattern; the exception, if any, is appended automatically. */
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * "text" or "json" (any case). Empty means text (an exported but empty TERMBOT_LOG_FORMAT); an
     * unknown value falls back to text with a warning in Logback's status.
     */
    public void setFormat(String format) {
        if (format == null || format.isBlank()) {
            this.format = LogFormat.TEXT;
            return;
        }
        try {
            this.format = LogFormat.parse(format);
        } catch (IllegalArgumentException e) {
            addWarn(e.getMessage() + "; writing text lines");
            this.format = LogFormat.TEXT;
        }
    }

    /** The format in use now. */
    public LogFormat format() {
        return active == json ? LogFormat.JSON : LogFormat.TEXT;
    }

    /** Switches the format of every following line. */
    void use(LogFormat wanted) {
        this.format = wanted;
        if (isStarted()) {
            active = wanted == LogFormat.JSON ? json : text;
        }
    }

    @Override
    public void start() {
        PatternLayout patternLayout = new PatternLayout();
        patternLayout.setContext(getContext());
        patternLayout.setPattern(pattern);
        patternLayout.start();
        JsonLineLayout jsonLayout = new JsonLineLayout();
        jsonLayout.setContext(getContext());
        jsonLayout.start();
        text = patternLayout;
        json = jsonLayout;
        active = format == LogFormat.JSON ? json : text;
        super.start();
    }

    @Override
    public void stop() {
        super.stop();
        if (text != null) {
            text.stop();
            json.stop();
        }
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        Layout<ILoggingEvent> layout = active;
        String line = layout.doLayout(event);
        // the JSON layout redacts field by field (before escaping); the text line is redacted whole
        String safe = layout == text ? SecretRedactor.current().redact(line) : line;
        return safe.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
