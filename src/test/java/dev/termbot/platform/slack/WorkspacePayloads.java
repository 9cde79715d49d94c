package dev.termbot.platform.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Events API payloads as they arrive from one workspace among several (OAuth mode). */
final class WorkspacePayloads {
    private WorkspacePayloads() {
    }

    /** A message that earns a note, from the given workspace. */
    static String message(String team, String eventId, String channel, String ts) {
        return message(team, eventId, channel, ts, "U0ALICE");
    }

    static String message(String team, String eventId, String channel, String ts, String user) {
        ObjectNode payload = Payloads.message(eventId, channel, user, ts, "they call it a distillation attack");
        return fromTeam(payload, team).toString();
    }

    /** Any event (such as {@code app_uninstalled}) in an {@code event_callback} from the workspace. */
    static String event(String team, String eventId, String eventJson) {
        ObjectNode payload = Payloads.load("event_message.json");
        payload.put("event_id", eventId);
        try {
            payload.set("event", Payloads.JSON.readTree(eventJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromTeam(payload, team).toString();
    }

    private static ObjectNode fromTeam(ObjectNode payload, String team) {
        payload.put("team_id", team).put("context_team_id", team);
        if (payload.get("event").has("team")) {
            ((ObjectNode) payload.get("event")).put("team", team);
        }
        payload.withArray("authorizations").forEach(a -> ((ObjectNode) a).put("team_id", team));
        return payload;
    }
}
