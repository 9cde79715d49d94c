package dev.termbot.core;

/**
 * JSON string literals (RFC 8259), for the few places that write JSON by hand: the digest's JSON
 * rendering and the JSON log lines. Control characters and the JavaScript line separators
 * (U+2028, U+2029) are escaped, so any consumer can embed the output. Stateless.
 */
public final class JsonText {
    private JsonText() {
    }

    /** Appends {@code text} to {@code out} as a quoted, escaped JSON string. */
    public static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
