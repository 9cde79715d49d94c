package dev.termbot.architecture;

import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import net.dv8tion.jda.internal.utils.IOUtil;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both chat SDKs run on the one OkHttp of the build (5.x, which JDA needs). The Slack SDK is built
 * against OkHttp 4; pom.xml excludes that copy, so the Slack integration tests (real Bolt against a
 * fake Slack) pass on OkHttp 5 only because this test holds. The enforcer's banDuplicateClasses
 * keeps a second copy from coming back into the build; this checks the class path the tests run on.
 */
class OneHttpClientTest {

    @Test
    void the_class_path_holds_one_okhttp_and_it_is_version_5() throws IOException {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));

        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).toString()).contains("okhttp-jvm-5.");
        assertThat(OkHttp.VERSION).startsWith("5.");
    }

    @Test
    void slack_and_jda_build_their_clients_from_that_same_okhttp() {
        OkHttpClient slack = new SlackHttpClient(new SlackConfig(), Map.of()).getOkHttpClient();
        OkHttpClient discord = IOUtil.newHttpClientBuilder().build();

        assertThat(slack.getClass()).isSameAs(OkHttpClient.class);
        assertThat(discord.getClass()).isSameAs(OkHttpClient.class);
        assertThat(jarOf(OkHttpClient.class)).contains("okhttp-jvm-5.");
        slack.dispatcher().executorService().shutdown();
        discord.dispatcher().executorService().shutdown();
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }
}
