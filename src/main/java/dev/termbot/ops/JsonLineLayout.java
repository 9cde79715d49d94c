package dev.termbot.ops;

import dev.termbot.core.JsonText;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import org.slf4j.event.KeyValuePair;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats one log event as one JSON object on one line: {@code ts}, {@code level}, {@code logger},
 * {@code thread}, {@code message}, then {@code mdc} and {@code kv} (SLF4J key-value pairs) when
 * present and {@code exception} ({@code class}, {@code message}, {@code stack}) when there is one.
 * Every string is redacted before it is escaped, so a secret is caught even when it contains
 * characters JSON escapes.
 *
 * <p>Thread-safe (stateless apart from the immutable formatter).
 */
final class JsonLineLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    @Override
    public String doLayout(ILoggingEvent event) {
        SecretRedactor redactor = SecretRedactor.current();
        JsonObject line = new JsonObject(redactor)
                .field("ts", TIMESTAMP.format(event.getInstant()))
                .field("level", event.getLevel().toString())
                .field("logger", event.getLoggerName())
                .field("thread", event.getThreadName())
                .field("message", event.getFormattedMessage());
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null && !mdc.isEmpty()) {
            line.object("mdc", new TreeMap<>(mdc));
        }
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null && !pairs.isEmpty()) {
            Map<String, String> kv = new TreeMap<>();
            pairs.forEach(pair -> kv.put(pair.key, String.valueOf(pair.value)));
            line.object("kv", kv);
        }
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            line.exception(error.getClassName(), error.getMessage(), ThrowableProxyUtil.asString(error));
        }
        return line.end() + "\n";
    }

    /** A tiny JSON writer for flat string fields; enough for a log line, no library needed. */
    private static final class JsonObject {
        private final SecretRedactor redactor;
        private final StringBuilder out = new StringBuilder(256).append('{');

        JsonObject(SecretRedactor redactor) {
            this.redactor = redactor;
        }

        JsonObject field(String name, String value) {
            separator();
            string(name);
            out.append(':');
            string(value);
            return this;
        }

        JsonObject object(String name, Map<String, String> fields) {
            separator();
            string(name);
            out.append(":{");
            boolean first = true;
            for (Map.Entry<String, String> entry : fields.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(entry.getKey());
                out.append(':');
                string(entry.getValue());
            }
            out.append('}');
            return this;
        }

        JsonObject exception(String className, String message, String stack) {
            separator();
            string("exception");
            out.append(":{");
            string("class");
            out.append(':');
            string(className);
            out.append(',');
            string("message");
            out.append(':');
            string(message);
            out.append(',');
            string("stack");
            out.append(':');
            string(stack);
            out.append('}');
            return this;
        }

        String end() {
            return out.append('}').toString();
        }

        private void separator() {
            if (out.length() > 1) {
                out.append(',');
            }
        }

        private void string(String raw) {
            if (raw == null) {
                out.append("null");
                return;
            }
            JsonText.appendQuoted(out, redactor.redact(raw));
        }
    }
}
