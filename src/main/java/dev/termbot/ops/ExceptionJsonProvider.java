package dev.termbot.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import net.logstash.logback.composite.AbstractFieldJsonProvider;

/**
 * Writes {@code "exception": {"class", "message", "stack"}} for an event with a throwable and nothing
 * otherwise. Why not the encoder's own providers: they write flat fields, and its nested provider
 * writes an empty object on every line; this keeps the documented shape of termbot's log lines.
 * The stack is Logback's usual text (causes and suppressed exceptions included).
 */
final class ExceptionJsonProvider extends AbstractFieldJsonProvider<ILoggingEvent> {
    ExceptionJsonProvider() {
        setFieldName("exception");
    }

    @Override
    public void writeTo(JsonGenerator generator, ILoggingEvent event) throws IOException {
        IThrowableProxy error = event.getThrowableProxy();
        if (error == null) {
            return;
        }
        generator.writeObjectFieldStart(getFieldName());
        generator.writeStringField("class", error.getClassName());
        generator.writeStringField("message", error.getMessage());
        generator.writeStringField("stack", ThrowableProxyUtil.asString(error));
        generator.writeEndObject();
    }
}
