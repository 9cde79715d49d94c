package dev.termbot.platform.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded-looking Slack payloads under {@code payloads/}, loaded as JSON so a test can change
 * the few fields it cares about, and encoded the way Slack sends them (JSON, form, Socket Mode).
 */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    static ObjectNode load(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("payloads/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message event with a new event id, channel, author, ts and text. */
    static ObjectNode message(String eventId, String channel, String user, String ts, String text) {
        ObjectNode payload = load("event_message.json");
        payload.put("event_id", eventId);
        ObjectNode event = (ObjectNode) payload.get("event");
        event.put("channel", channel).put("user", user).put("ts", ts).put("event_ts", ts).put("text", text);
        event.remove("blocks");
        return payload;
    }

    /** A slash command's fields with new text, author, channel and response URL. */
    static ObjectNode command(String file, String text, String user, String channel, String responseUrl) {
        ObjectNode fields = load(file);
        fields.put("text", text).put("user_id", user).put("channel_id", channel).put("response_url", responseUrl);
        return fields;
    }

    /** The share button click with a new response URL. */
    static ObjectNode shareClick(String responseUrl) {
        ObjectNode payload = load("block_actions_share.json");
        payload.put("response_url", responseUrl);
        return payload;
    }

    static String json(JsonNode node) {
        return node.toString();
    }

    /** A slash command as Slack posts it over HTTP: application/x-www-form-urlencoded. */
    static String form(ObjectNode fields) {
        List<String> pairs = new ArrayList<>();
        fields.fields().forEachRemaining(e -> pairs.add(encode(e.getKey()) + "=" + encode(e.getValue().asText())));
        return String.join("&", pairs);
    }

    /** An interaction as Slack posts it over HTTP: {@code payload=<url-encoded JSON>}. */
    static String interactionForm(ObjectNode payload) {
        return "payload=" + encode(payload.toString());
    }

    /** A Socket Mode envelope around a payload. */
    static String envelope(String type, String envelopeId, JsonNode payload, int retryAttempt) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("envelope_id", envelopeId);
        envelope.put("type", type);
        envelope.set("payload", payload);
        envelope.put("accepts_response_payload", !"events_api".equals(type));
        if ("events_api".equals(type)) {
            envelope.put("retry_attempt", retryAttempt);
            envelope.put("retry_reason", retryAttempt == 0 ? "" : "timeout");
        }
        return envelope.toString();
    }

    /** Every string value anywhere in a JSON tree (text, blocks, elements). */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collect(child, out));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
