package dev.termbot.platform.discord;

import dev.termbot.e2e.Rig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A Discord bot (real JDA) logged in to a fake gateway and REST API on 127.0.0.1 with one guild
 * of many text channels, so that every message of a burst can be in its own channel. The benchmark
 * dispatches MESSAGE_CREATE events and reads the {@code POST /channels/{id}/messages} calls the
 * fake recorded; a reply is matched to its message by {@code message_reference.message_id}.
 * Thread-safe.
 */
final class DiscordBenchRig implements Rig {
    static final String GUILD = "200000000000000077";
    private static final long FIRST_CHANNEL = 310_000_000_000_000_000L;

    private final String bot;
    private final int channels;
    private final Snowflakes ids = new Snowflakes();
    private final DataObject botUser = DiscordPayloads.user(FakeDiscord.BOT_ID, "termbot", true);
    private final FakeDiscordGateway gateway;
    private final FakeDiscordRest rest;
    private final Map<String, List<Long>> replies = new ConcurrentHashMap<>();
    private IntSupplier owed = () -> 0;
    private AutoCloseable stop = () -> { };

    DiscordBenchRig(String bot, int channels) throws IOException, InterruptedException {
        this.bot = bot;
        this.channels = channels;
        this.gateway = new FakeDiscordGateway(this::readyDispatches);
        gateway.startAndWait();
        this.rest = new FakeDiscordRest(botUser, gateway.url(), ids);
        // nothing kept in the fake: a run of tens of thousands of messages would grow the heap the bots share
        rest.streamTo(this::recorded);
    }

    /** The started bot: how to count its owed notes and how to stop it. */
    DiscordBenchRig running(IntSupplier owedNotes, AutoCloseable stopBot) {
        this.owed = owedNotes;
        this.stop = stopBot;
        return this;
    }

    String apiUrl() {
        return rest.baseUrl();
    }

    String gatewayUrl() {
        return gateway.url();
    }

    static String channelId(int slot) {
        return Long.toString(FIRST_CHANNEL + slot);
    }

    @Override
    public String platform() {
        return "discord";
    }

    @Override
    public String bot() {
        return bot;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public Sent send(int slot, String text) {
        String id = ids.next();
        DataObject message = DiscordPayloads.message(id, GUILD, channelId(slot),
                FakeDiscord.human(Long.toString(500_000_000_000_000_000L + Long.parseLong(id) % 1_000_000)), text);
        long start = System.nanoTime();
        gateway.dispatch("MESSAGE_CREATE", message);
        return new Sent(id, start, -1, 0);
    }

    @Override
    public Map<String, List<Long>> replies() {
        // a live read-only view: polling it costs nothing, so the benchmark does not slow the bots it times
        return Collections.unmodifiableMap(replies);
    }

    /** Every request the fake REST API received, as it arrives (the fake keeps none of them). */
    private void recorded(RecordedRequest request) {
        if (request.method().equals("POST") && request.path().endsWith("/messages") && request.status() == 200) {
            request.json().optObject("message_reference").ifPresent(reference -> replies
                    .computeIfAbsent(reference.getString("message_id"), k -> new CopyOnWriteArrayList<>()).add(request.nanoTime()));
        }
    }

    @Override
    public int owed() {
        return owed.getAsInt();
    }

    /** Gateway or REST problems the fakes saw (a bug in the fake or a protocol error). */
    List<String> problems() {
        List<String> all = new ArrayList<>(gateway.problems());
        all.addAll(rest.problems());
        return all;
    }

    @Override
    public void close() {
        try {
            stop.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the " + bot + " Discord bot", e);
        } finally {
            rest.stop();
            try {
                gateway.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<DataObject> readyDispatches() {
        List<DataObject> textChannels = new ArrayList<>();
        for (int slot = 0; slot < channels; slot++) {
            textChannels.add(DiscordPayloads.textChannel(channelId(slot), GUILD, "c" + slot));
        }
        FakeGuild guild = new FakeGuild(GUILD, "bench", "900000000000000009",
                List.of(DiscordPayloads.role(GUILD, "@everyone", FakeDiscord.EVERYONE_PERMISSIONS, 0)), textChannels, List.of());
        return List.of(
                DataObject.empty().put("t", "READY").put("d", DataObject.empty().put("v", 10)
                        .put("session_id", FakeDiscordGateway.sessionId()).put("user", botUser)
                        .put("guilds", DataArray.empty().add(DataObject.empty().put("id", GUILD).put("unavailable", true)))
                        .put("private_channels", DataArray.empty()).put("relationships", DataArray.empty())
                        .put("resume_gateway_url", gateway.url())
                        .put("application", DataObject.empty().put("id", FakeDiscord.BOT_ID).put("flags", 0))),
                DataObject.empty().put("t", "GUILD_CREATE").put("d", DiscordPayloads.guildCreate(guild, botUser)));
    }
}
