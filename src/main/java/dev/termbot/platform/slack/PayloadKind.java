package dev.termbot.platform.slack;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts a signed body before Bolt sees it. Bolt's own parser logs the whole body of a payload it
 * does not recognise (message text, user ids, the legacy verification token) and then fails;
 * sorting first means such a body never reaches it. Only the {@code type} (of a JSON body, or of a
 * form's {@code payload}) and the names of form fields are read, by a streaming parser.
 *
 * @param kind what to do with the body
 * @param type the payload's {@code type} when it is a plain word (safe to log), else ""
 */
record PayloadKind(Kind kind, String type) {
    private static final Pattern WORD = Pattern.compile("[a-z_]{1,64}");
    /** The Events API envelopes Bolt handles for termbot. */
    private static final Set<String> EVENT_TYPES = Set.of("event_callback", "url_verification");
    /** The interaction payloads termbot registers a handler for (the "Share to channel" button). */
    private static final Set<String> INTERACTION_TYPES = Set.of("block_actions");

    enum Kind {
        /** Bolt's to handle. */
        FOR_BOLT,
        /** Slack says it is dropping this app's events for a minute: acknowledge and warn. */
        APP_RATE_LIMITED,
        /** A well-formed payload of a type termbot does not handle: acknowledge so Slack does not retry. */
        UNKNOWN,
        /** No JSON object with a string {@code type}, no form Slack sends: 400. */
        MALFORMED
    }

    /** Sorts an Events API body (JSON). */
    static PayloadKind ofJson(byte[] body) {
        String type = typeOf(body);
        if (type == null) {
            return malformed();
        }
        if (type.equals("app_rate_limited")) {
            return new PayloadKind(Kind.APP_RATE_LIMITED, type);
        }
        return known(type, EVENT_TYPES);
    }

    /** Sorts a form body: a slash command, an SSL check, or an interaction's {@code payload}. */
    static PayloadKind ofForm(byte[] body) {
        Map<String, String> fields;
        try {
            fields = fields(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return malformed(); // a broken %-escape
        }
        if (fields.containsKey("payload")) {
            String type = typeOf(fields.get("payload").getBytes(StandardCharsets.UTF_8));
            return type == null ? malformed() : known(type, INTERACTION_TYPES);
        }
        return fields.containsKey("command") || fields.containsKey("ssl_check")
                ? new PayloadKind(Kind.FOR_BOLT, "") : malformed();
    }

    private static PayloadKind known(String type, Set<String> handled) {
        return new PayloadKind(handled.contains(type) ? Kind.FOR_BOLT : Kind.UNKNOWN,
                WORD.matcher(type).matches() ? type : "");
    }

    private static PayloadKind malformed() {
        return new PayloadKind(Kind.MALFORMED, "");
    }

    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /**
     * The string value of a JSON object's top-level "type"; null when it is missing, or the JSON is
     * broken or more than one value. Read with Gson's streaming reader, the JSON library the Slack SDK
     * already brings (the adapters use their SDK's libraries, not the core's).
     */
    private static String typeOf(byte[] json) {
        try (JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.STRICT);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                return null;
            }
            reader.beginObject();
            String type = null;
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (name.equals("type") && reader.peek() == JsonToken.STRING) {
                    type = reader.nextString();
                } else {
                    reader.skipValue();
                }
            }
            reader.endObject();
            return reader.peek() == JsonToken.END_DOCUMENT ? type : null;
        } catch (IOException | IllegalStateException e) {
            // MalformedJsonException is an IOException; a wrong token kind is an IllegalStateException
            return null;
        }
    }
}
