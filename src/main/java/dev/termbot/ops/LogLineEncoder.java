package dev.termbot.ops;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

import java.nio.charset.StandardCharsets;

/**
 * The Logback encoder of termbot's log appender: writes each event as a readable text line (a
 * Logback pattern) or as a JSON line ({@link JsonLogLines}, logstash-logback-encoder), and passes
 * everything through the {@link SecretRedactor} first, exception messages and stack traces included.
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
    private Encoder<ILoggingEvent> json;
    private volatile boolean writingJson;

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
        return writingJson ? LogFormat.JSON : LogFormat.TEXT;
    }

    /** Switches the format of every following line. */
    void use(LogFormat wanted) {
        this.format = wanted;
        if (isStarted()) {
            writingJson = wanted == LogFormat.JSON;
        }
    }

    @Override
    public void start() {
        PatternLayout patternLayout = new PatternLayout();
        patternLayout.setContext(getContext());
        patternLayout.setPattern(pattern);
        patternLayout.start();
        text = patternLayout;
        json = JsonLogLines.encoder(getContext());
        writingJson = format == LogFormat.JSON;
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
        if (writingJson) {
            return json.encode(event); // redacted value by value, before Jackson escapes them
        }
        return SecretRedactor.current().redact(text.doLayout(event)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
