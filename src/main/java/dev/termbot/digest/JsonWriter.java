package dev.termbot.digest;

import dev.termbot.core.JsonText;

/**
 * The few JSON pieces the digest needs, written by hand so the digest package stays free of a JSON
 * library: objects, arrays, strings (escaped per RFC 8259), numbers. Not thread-safe; one per document.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private boolean needsComma;

    JsonWriter beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    /** Writes {@code "name":} inside an object; the next call writes the value. */
    JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    JsonWriter value(String text) {
        separate();
        string(text);
        needsComma = true;
        return this;
    }

    JsonWriter value(long number) {
        separate();
        out.append(number);
        needsComma = true;
        return this;
    }

    JsonWriter value(boolean flag) {
        separate();
        out.append(flag);
        needsComma = true;
        return this;
    }

    JsonWriter field(String name, String text) {
        return name(name).value(text);
    }

    JsonWriter field(String name, long number) {
        return name(name).value(number);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
        }
    }

    private void string(String text) {
        JsonText.appendQuoted(out, text);
    }
}
