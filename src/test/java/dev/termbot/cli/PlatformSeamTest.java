package dev.termbot.cli;

import dev.termbot.core.ChatPlatform;
import dev.termbot.core.ConfigException;
import dev.termbot.ops.SecretRedactor;
import dev.termbot.platform.loopback.LoopbackPlatform;
import dev.termbot.platform.loopback.LoopbackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adding a platform is one folder, one registration line, its dependency and its settings block:
 * the test-only "loopback" platform (src/test/.../platform/loopback, registered in
 * src/test/resources/META-INF/services) goes through the same seam as Slack and Discord, from the
 * settings file and the environment to a note on a real socket.
 */
class PlatformSeamTest {
    private static final String TOKEN = "loop-secret-0123456789";

    @Test
    void a_registered_platform_is_known_next_to_the_shipped_ones() {
        assertThat(Platforms.installed().names()).containsSubsequence("slack", "discord", "console").contains("loopback");
    }

    @Test
    void its_settings_block_is_read_by_the_platform_and_its_mistakes_are_located() throws Exception {
        Settings settings = SettingsFile.parse("loopback:\n  port: 4100\n  channel: lab\n", "termbot.yaml");
        assertThat(settings.platform("loopback")).isEqualTo(new LoopbackSettings(4100, "lab"));
        assertThat(Settings.DEFAULTS.platform("loopback")).isEqualTo(LoopbackSettings.DEFAULTS);

        assertThatThrownBy(() -> SettingsFile.parse("loopback:\n  channel: two words\n", "termbot.yaml"))
                .isInstanceOf(ConfigException.class).hasMessage("termbot.yaml:2:12: 'channel' must be one word, not 'two words'");
        assertThatThrownBy(() -> SettingsFile.parse("loopback:\n  prot: 1\n", "termbot.yaml"))
                .isInstanceOf(ConfigException.class).hasMessage("termbot.yaml:2:3: unknown key 'prot' in 'loopback'; did you mean 'port'?");
        assertThatThrownBy(() -> SettingsFile.parse("loopback:\n  port: many\n", "termbot.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("termbot.yaml:2:9: 'port' must be a whole number from 0 to 65535, not 'many'");
    }

    @Test
    void a_shipped_platform_rejects_its_own_bad_values_with_a_location_too() {
        assertThatThrownBy(() -> SettingsFile.parse("discord:\n  guild_ids: [\"12ab\"]\n", "termbot.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("termbot.yaml:2:14: guild_ids must hold numeric Discord ids, not \u201c12ab\u201d");
    }

    @Test
    void its_token_in_the_environment_selects_it_and_never_reaches_a_log() {
        Map<String, String> env = Map.of("LOOPBACK_TOKEN", TOKEN);
        assertThat(Platforms.installed().configured(env)).containsExactly("loopback");
        assertThat(Platforms.installed().configured(Map.of())).doesNotContain("loopback");
        try {
            SecretRedactor.install(env);
            assertThat(SecretRedactor.current().redact("connecting with " + TOKEN)).isEqualTo("connecting with [REDACTED]");
        } finally {
            SecretRedactor.install(System.getenv());
        }
    }

    @Test
    void run_builds_it_from_the_settings_file_and_the_environment_and_it_delivers_a_note(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("termbot.yaml");
        Files.writeString(file, "storage:\n  database: " + dir.resolve("termbot.db") + "\nloopback:\n  port: 0\n  channel: lab\n");
        Map<String, String> env = Map.of("LOOPBACK_TOKEN", TOKEN);
        Settings settings = SettingsFile.withEnvironment(SettingsFile.read(file), env);

        try (Assembly assembly = Assembly.open(settings, new GlossaryOption(), env, Clock.systemUTC(), false)) {
            PlatformFactory factory = new PlatformFactory(assembly, Platforms.installed(), env);
            assertThat(factory.configured()).containsExactly("loopback");
            List<ChatPlatform> chats = factory.build(Set.copyOf(factory.configured()));
            assertThat(chats).hasSize(1);
            try (ChatPlatform chat = chats.get(0)) {
                chat.start();
                assertThat(chat.isConnected()).isTrue();
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), ((LoopbackPlatform) chat).port())) {
                    socket.setSoTimeout(60_000); // a hung platform fails the test instead of hanging it
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                    out.println(TOKEN);
                    assertThat(in.readLine()).isEqualTo("ready");
                    out.println("hello everyone");
                    assertThat(in.readLine()).isEqualTo("quiet");
                    // its own dialect decides: a link target is not prose there (plain text would see a hit)
                    out.println("<distillation-attack|the thread>");
                    assertThat(in.readLine()).isEqualTo("quiet");
                    out.println("is this a distillation attack?");
                    assertThat(in.readLine()).startsWith("note: A note on \u201cDistillation attack\u201d");
                }
            }
        }
    }
}
