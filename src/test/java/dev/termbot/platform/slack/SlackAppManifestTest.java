package dev.termbot.platform.slack;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app manifest in {@code config/} grants what the Slack adapter uses, no more and no less: the
 * Web API methods it calls and the slash commands it registers are read from the adapter's source,
 * mapped to Slack's documented scopes, and compared with the manifest parsed as YAML.
 */
class SlackAppManifestTest {
    private static final Path ADAPTER = Path.of("src/main/java/dev/termbot/platform/slack");
    private static final Path MANIFEST = Path.of("config/slack-app-manifest.yaml");

    /** The bot scope each Web API method needs (api.slack.com/methods); a method missing here fails the test. */
    private static final Map<String, Set<String>> SCOPES_OF_METHOD = Map.of(
            "chat.postMessage", Set.of("chat:write"),
            "chat.postEphemeral", Set.of("chat:write"),
            // a bot deletes its own messages with chat:write (the note under a "Remove" click)
            "chat.delete", Set.of("chat:write"),
            "chat.update", Set.of("chat:write"),
            "users.info", Set.of("users:read"),
            "usergroups.users.list", Set.of("usergroups:read"),
            // threads may be in public or private channels: both history scopes
            "conversations.replies", Set.of("channels:history", "groups:history"),
            // channel names for the digest, of public and private channels
            "conversations.info", Set.of("channels:read", "groups:read"));

    /** Message events of public and private channels, and the history scopes Slack requires for them. */
    private static final Set<String> MESSAGE_EVENTS = Set.of("message.channels", "message.groups");
    private static final Set<String> MESSAGE_EVENT_SCOPES = Set.of("channels:history", "groups:history");

    private static final Pattern WEB_API_CALL = Pattern.compile("caller\\.(?:call|once)\\(\"([a-zA-Z.]+)\"");
    private static final Pattern SLASH_COMMAND = Pattern.compile("app\\.command\\(\"(/[a-z]+)\"");

    @Test
    void the_manifests_scopes_are_exactly_those_of_the_methods_the_adapter_calls() throws IOException {
        Set<String> methods = found(WEB_API_CALL);
        assertThat(methods).as("the adapter calls the Web API").isNotEmpty();
        assertThat(SCOPES_OF_METHOD.keySet()).as("every called method has a known scope").containsAll(methods);

        Set<String> needed = new TreeSet<>(MESSAGE_EVENT_SCOPES);
        methods.forEach(method -> needed.addAll(SCOPES_OF_METHOD.get(method)));
        needed.add("commands");

        assertThat(new TreeSet<>(strings(manifest(), "oauth_config", "scopes", "bot"))).isEqualTo(needed);
    }

    @Test
    void the_oauth_install_asks_for_exactly_the_manifests_bot_scopes() throws IOException {
        assertThat(new TreeSet<>(SlackInstaller.SCOPES)).isEqualTo(new TreeSet<>(strings(manifest(), "oauth_config", "scopes", "bot")));
    }

    @Test
    void the_manifest_registers_the_adapters_slash_commands_events_interactivity_and_socket_mode() throws IOException {
        Map<String, Object> manifest = manifest();
        List<Map<String, Object>> commands = list(section(manifest, "features"), "slash_commands");

        assertThat(commands.stream().map(command -> (String) command.get("command")).collect(Collectors.toSet()))
                .isEqualTo(found(SLASH_COMMAND));
        assertThat(Set.copyOf(strings(manifest, "settings", "event_subscriptions", "bot_events"))).isEqualTo(MESSAGE_EVENTS);
        assertThat(section(section(manifest, "settings"), "interactivity").get("is_enabled")).isEqualTo(true);
        assertThat(section(manifest, "settings").get("socket_mode_enabled")).isEqualTo(true);
        assertThat(Files.readString(Path.of("src/site/markdown/slack.md"))).contains("config/slack-app-manifest.yaml");
    }

    private static Set<String> found(Pattern pattern) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.list(ADAPTER)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    private static Map<String, Object> manifest() throws IOException {
        return new Yaml().load(Files.readString(MANIFEST, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (List<T>) parent.get(key);
    }

    private static List<String> strings(Map<String, Object> root, String... path) {
        Map<String, Object> at = root;
        for (int i = 0; i < path.length - 1; i++) {
            at = section(at, path[i]);
        }
        return list(at, path[path.length - 1]);
    }
}
