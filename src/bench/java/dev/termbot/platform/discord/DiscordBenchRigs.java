package dev.termbot.platform.discord;

import dev.termbot.e2e.Rig;
import dev.termbot.core.Bot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;

/**
 * The two Discord bots of the end-to-end benchmark, each logged in to its own fake Discord:
 * termbot's real {@link DiscordPlatform}, and a minimal JDA listener that only matches the phrase
 * and replies.
 */
public final class DiscordBenchRigs {
    private DiscordBenchRigs() {
    }

    /** termbot's Discord adapter on {@code bot}, connected to a fake guild with {@code channels} channels. */
    public static Rig termbot(Bot bot, int channels) throws Exception {
        DiscordBenchRig rig = new DiscordBenchRig("termbot", channels);
        DiscordSettings settings = new DiscordSettings(DiscordSettings.ReplyMode.REPLY, List.of(), List.of(), List.of(),
                DiscordBenchRig.channelId(0), Optional.of(rig.apiUrl()), Optional.of(rig.gatewayUrl()));
        DiscordPlatform platform = new DiscordPlatform(bot, settings,
                DiscordCredentials.fromEnvironment(Map.of(DiscordCredentials.TOKEN_VARIABLE, "fake-token")), () -> "",
                Clock.systemUTC(), Duration.ZERO);
        platform.start();
        return rig.running(() -> bot.policy().ledger().unsent(Places.PLATFORM).size(), platform::close);
    }

    /** A JDA listener that replies to any guild message containing the phrase; nothing else. */
    public static Rig minimal(int channels) throws Exception {
        DiscordBenchRig rig = new DiscordBenchRig("minimal", channels);
        JDA jda = JDABuilder.createLight("fake-token", GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                .setRestConfig(new RestConfig().setBaseUrl(rig.apiUrl()))
                .setSessionController(new FixedGatewaySessionController(rig.gatewayUrl(), Duration.ZERO))
                .setCompression(Compression.NONE)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onMessageReceived(MessageReceivedEvent event) {
                        if (!event.getAuthor().isBot()
                                && event.getMessage().getContentRaw().toLowerCase(Locale.ROOT).contains("distillation attack")) {
                            event.getMessage().reply("\u201cDistillation attack\u201d is contested: see the glossary.")
                                    .mentionRepliedUser(false).queue();
                        }
                    }
                })
                .build();
        jda.awaitReady();
        return rig.running(() -> 0, () -> {
            jda.shutdown();
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                jda.shutdownNow();
            }
        });
    }
}
