package dev.termbot.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import net.logstash.logback.composite.JsonProviders;
import net.logstash.logback.composite.loggingevent.KeyValuePairsJsonProvider;
import net.logstash.logback.composite.loggingevent.LogLevelJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggerNameJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventFormattedTimestampJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventThreadNameJsonProvider;
import net.logstash.logback.composite.loggingevent.MdcJsonProvider;
import net.logstash.logback.composite.loggingevent.MessageJsonProvider;
import net.logstash.logback.encoder.LoggingEventCompositeJsonEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;

/**
 * termbot's JSON log line, written by logstash-logback-encoder through Jackson: {@code ts} (UTC,
 * milliseconds), {@code level}, {@code logger}, {@code thread}, {@code message}, then {@code mdc}
 * and {@code kv} (SLF4J key-value pairs) when present and {@code exception} ({@code class},
 * {@code message}, {@code stack}) when there is one. Every string value passes the encoder's masking
 * hook, which asks the {@link SecretRedactor} in force, so a secret is replaced before Jackson
 * escapes it, in whatever field it sits.
 */
final class JsonLogLines {
    private JsonLogLines() {
    }

    /** A started encoder writing one such object per line, {@code \n}-terminated. */
    static LoggingEventCompositeJsonEncoder encoder(Context context) {
        JsonProviders<ILoggingEvent> providers = new JsonProviders<>();
        LoggingEventFormattedTimestampJsonProvider ts = new LoggingEventFormattedTimestampJsonProvider();
        ts.setFieldName("ts");
        ts.setPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        ts.setTimeZone("UTC");
        providers.addProvider(ts);
        providers.addProvider(named(new LogLevelJsonProvider(), "level"));
        providers.addProvider(named(new LoggerNameJsonProvider(), "logger"));
        providers.addProvider(named(new LoggingEventThreadNameJsonProvider(), "thread"));
        providers.addProvider(named(new MessageJsonProvider(), "message"));
        providers.addProvider(named(new MdcJsonProvider(), "mdc"));
        providers.addProvider(named(new KeyValuePairsJsonProvider(), "kv"));
        providers.addProvider(new ExceptionJsonProvider());

        MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
        masking.addValueMasker((where, value) -> value instanceof CharSequence text ? redacted(text.toString()) : null);
        masking.start(); // the encoder does not start a decorator it is given

        LoggingEventCompositeJsonEncoder encoder = new LoggingEventCompositeJsonEncoder();
        encoder.setContext(context);
        encoder.setProviders(providers);
        encoder.setJsonGeneratorDecorator(masking);
        encoder.setLineSeparator("UNIX");
        encoder.start();
        return encoder;
    }

    /** The redacted value, or null (the masker's "leave it") when there was nothing to hide. */
    private static String redacted(String value) {
        String safe = SecretRedactor.current().redact(value);
        return safe.equals(value) ? null : safe;
    }

    private static <P extends net.logstash.logback.composite.AbstractFieldJsonProvider<ILoggingEvent>> P named(
            P provider, String fieldName) {
        provider.setFieldName(fieldName);
        return provider;
    }
}
