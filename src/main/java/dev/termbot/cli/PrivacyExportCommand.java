package dev.termbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.storage.UserData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code termbot privacy export --user ID}: prints everything stored under the user's hash as JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print everything stored about a user (usage rows, opt-outs, explained rules, votes on notes,"
                + " note removals) as JSON.")
final class PrivacyExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    UserOptions user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        UserData data;
        try (Storage storage = database.openStorage(StorageOptions.fromEnvironment(System.getenv()))) {
            data = storage.privacy().export(user.selector());
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(json.writeValueAsString(document(data)));
        return ExitCodes.OK;
    }

    private Map<String, Object> document(UserData data) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("user_hash", data.userHash());
        doc.put("platform", user.platform);
        doc.put("workspace", user.workspace);
        doc.put("usage_events", data.events().stream().map(PrivacyExportCommand::event).toList());
        doc.put("opt_outs", data.optOuts().stream().map(o -> Map.of("platform", o.platform(), "workspace", o.workspace(),
                "since", o.since().toString())).toList());
        doc.put("explained", data.explained().stream().map(e -> Map.of("platform", e.platform(), "workspace", e.workspace(),
                "rule", e.ruleId(), "at", e.at().toString())).toList());
        doc.put("note_votes", data.noteVotes().stream().map(v -> Map.of("platform", v.platform(), "workspace", v.workspace(),
                "channel", v.channel(), "note", v.noteRef(), "rule", v.ruleId(), "vote", v.vote(), "at", v.at().toString())).toList());
        doc.put("note_removals", data.noteRemovals().stream().map(r -> Map.of("platform", r.platform(), "workspace", r.workspace(),
                "channel", r.channel(), "note", r.noteRef(), "rule", r.ruleId(), "removed_by", r.removedBy(),
                "at", r.at().toString())).toList());
        doc.put("glossary_suggestions", data.suggestions().stream().map(PrivacyExportCommand::suggestion).toList());
        return doc;
    }

    private static Map<String, Object> suggestion(UserData.SuggestionRow s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("role", s.role());
        row.put("platform", s.platform());
        row.put("workspace", s.workspace());
        row.put("term", s.term());
        row.put("definition", s.definition());
        row.put("status", s.status());
        row.put("suggested_at", s.suggestedAt().toString());
        row.put("decided_at", s.decidedAt().map(Object::toString).orElse(null));
        return row;
    }

    private static Map<String, Object> event(UserData.Event e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", e.at().toString());
        row.put("platform", e.platform());
        row.put("workspace", e.workspace());
        row.put("channel", e.channel());
        row.put("thread", e.thread());
        row.put("kind", e.kind());
        row.put("suppression_reason", e.suppressionReason().orElse(null));
        row.put("rule", e.ruleId());
        row.put("term", e.termId());
        row.put("define_query", e.defineQuery());
        row.put("define_found", e.defineFound());
        row.put("latency_ms", e.latencyMs());
        return row;
    }
}
