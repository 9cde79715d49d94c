package dev.termbot.platform.discord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A fake Discord on 127.0.0.1 that an unmodified JDA logs in to: a gateway ({@link FakeDiscordGateway})
 * and a REST API ({@link FakeDiscordRest}) with two guilds. Guild A has #general (with a thread),
 * #random and #mods, a "Moderators" role without permissions and an "Admins" role with Manage
 * Server; guild B has one channel. Tests dispatch events and assert on the recorded REST calls.
 *
 * <p>Thread-safe (see the two halves).
 */
final class FakeDiscord implements AutoCloseable {
    static final String BOT_ID = "100000000000000001";
    static final String GUILD_A = "200000000000000001";
    /** A's id plus 1 << 22: with two shards, guild A is on shard 0 and guild B on shard 1. */
    static final String GUILD_B = "200000000004194305";
    static final String GENERAL = "300000000000000001";
    static final String RANDOM = "300000000000000002";
    static final String MODS = "300000000000000003";
    static final String THREAD = "300000000000000004";
    static final String B_GENERAL = "300000000000000011";
    static final String MODERATOR_ROLE = "400000000000000001";
    static final String ADMIN_ROLE = "400000000000000002";
    /** What @everyone may do in the fake guilds: exactly what the README's invite link grants. */
    static final long EVERYONE_PERMISSIONS = 274877992000L;
    private static final long MANAGE_SERVER = 1L << 5;

    private final Snowflakes ids = new Snowflakes();
    private final DataObject botUser = DiscordPayloads.user(BOT_ID, "termbot", true);
    private final List<FakeGuild> guilds = List.of(guildA(), guildB());
    private final FakeDiscordGateway gateway;
    private final FakeDiscordRest rest;
    private final java.util.Map<String, DataObject> interactions = new java.util.concurrent.ConcurrentHashMap<>();

    private FakeDiscord() throws IOException, InterruptedException {
        gateway = new FakeDiscordGateway(this::readyDispatches);
        gateway.startAndWait();
        rest = new FakeDiscordRest(botUser, gateway.url(), ids);
    }

    static FakeDiscord start() throws IOException, InterruptedException {
        return new FakeDiscord();
    }

    String apiUrl() {
        return rest.baseUrl();
    }

    String gatewayUrl() {
        return gateway.url();
    }

    FakeDiscordGateway gateway() {
        return gateway;
    }

    FakeDiscordRest rest() {
        return rest;
    }

    List<RecordedRequest> requests() {
        return rest.requests();
    }

    List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        return rest.requests().stream().filter(filter).toList();
    }

    /** Successful message posts (status 200) to a channel. */
    List<RecordedRequest> messagesPostedTo(String channelId) {
        return requests(r -> r.is("POST", "/channels/" + channelId + "/messages") && r.status() == 200);
    }

    List<RecordedRequest> interactionCallbacks(String interactionId) {
        return requests(r -> r.method().equals("POST") && r.path().startsWith("/interactions/" + interactionId + "/"));
    }

    FakeGuild guild(String id) {
        return guilds.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    String newId() {
        return ids.next();
    }

    /** Dispatches MESSAGE_CREATE from a human and returns the message. */
    DataObject userSays(String guildId, String channelId, String userId, String content) {
        return post(DiscordPayloads.message(newId(), guildId, channelId, human(userId), content));
    }

    /** Dispatches a MESSAGE_CREATE built by the test (bots, webhooks) and returns it. */
    DataObject post(DataObject message) {
        rest.remember(message);
        gateway.dispatch("MESSAGE_CREATE", message);
        return message;
    }

    void react(DataObject message, String userId, String emoji) {
        gateway.dispatch("MESSAGE_REACTION_ADD", DiscordPayloads.reactionAdd(message.getString("guild_id"),
                message.getString("channel_id"), message.getString("id"), message.getObject("author").getString("id"),
                human(userId), emoji));
    }

    /** Dispatches INTERACTION_CREATE and returns its id (the callback path starts with it). */
    String interact(int type, String guildId, String channelId, String userId, List<String> roleIds, DataObject data) {
        String id = newId();
        DataObject member = DiscordPayloads.member(human(userId), roleIds)
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, "token-" + id, type, BOT_ID, guildId,
                guild(guildId).channel(channelId), member, data));
        return id;
    }

    /** A command interaction: /name with these options. */
    String command(String guildId, String channelId, String userId, List<String> roleIds, String name, DataArray options) {
        return interact(2, guildId, channelId, userId, roleIds, DiscordPayloads.commandData(newId(), name, options));
    }

    /** A button click on a message the bot posted earlier. */
    String click(String guildId, String channelId, String userId, String customId, int messageFlags) {
        return click(guildId, channelId, userId, List.of(), customId, messageFlags);
    }

    /** A button click by a member with these roles (a moderator's, say). */
    String click(String guildId, String channelId, String userId, List<String> roleIds, String customId, int messageFlags) {
        String id = newId();
        DataObject member = DiscordPayloads.member(human(userId), roleIds)
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        DataObject message = DiscordPayloads.message(newId(), guildId, channelId, botUser, "").put("flags", messageFlags)
                .put("components", DataArray.empty().add(DataObject.empty().put("type", 1).put("id", 1)
                        .put("components", DataArray.empty().add(DataObject.empty().put("type", 2).put("id", 2)
                                .put("style", 2).put("label", "button").put("custom_id", customId)))));
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, "token-" + id, 3, BOT_ID, guildId,
                guild(guildId).channel(channelId), member, DiscordPayloads.buttonData(customId)).put("message", message));
        return id;
    }

    /**
     * A click by {@code userId} (with these roles) on a button of a message the bot posted, as
     * stored by the fake REST API; returns the interaction id. {@link #replayInteraction} sends the
     * same INTERACTION_CREATE again.
     */
    String clickOnPosted(DataObject posted, String userId, List<String> roleIds, String customId) {
        String id = newId();
        String guildId = posted.getString("guild_id", GUILD_A);
        String channelId = posted.getString("channel_id");
        DataObject member = DiscordPayloads.member(human(userId), roleIds)
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        DataObject message = DataObject.fromJson(posted.toString()).put("guild_id", guildId);
        DataObject interaction = DiscordPayloads.interaction(id, "token-" + id, 3, BOT_ID, guildId,
                guild(guildId).channel(channelId), member, DiscordPayloads.buttonData(customId)).put("message", message);
        interactions.put(id, interaction);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    /** Dispatches an earlier click's INTERACTION_CREATE again, as a resumed session may. */
    void replayInteraction(String id) {
        gateway.dispatch("INTERACTION_CREATE", interactions.get(id));
    }

    /** The messages the bot posted to a channel, with the ids the fake gave them, oldest first. */
    List<DataObject> postedTo(String channelId) {
        return rest.postedTo(channelId);
    }

    static DataObject human(String userId) {
        return DiscordPayloads.user(userId, "user-" + userId, false);
    }

    DataObject botUser() {
        return botUser;
    }

    private List<DataObject> readyDispatches() {
        DataArray unavailable = DataArray.empty();
        guilds.forEach(g -> unavailable.add(DataObject.empty().put("id", g.id()).put("unavailable", true)));
        List<DataObject> dispatches = new ArrayList<>();
        dispatches.add(DataObject.empty().put("t", "READY").put("d", DataObject.empty().put("v", 10)
                .put("session_id", FakeDiscordGateway.sessionId()).put("user", botUser).put("guilds", unavailable)
                .put("private_channels", DataArray.empty()).put("relationships", DataArray.empty())
                .put("resume_gateway_url", gateway.url())
                .put("application", DataObject.empty().put("id", BOT_ID).put("flags", 0))));
        guilds.forEach(g -> dispatches.add(DataObject.empty().put("t", "GUILD_CREATE")
                .put("d", DiscordPayloads.guildCreate(g, botUser))));
        return dispatches;
    }

    private static FakeGuild guildA() {
        return new FakeGuild(GUILD_A, "AI talk", "900000000000000009",
                List.of(DiscordPayloads.role(GUILD_A, "@everyone", EVERYONE_PERMISSIONS, 0),
                        DiscordPayloads.role(MODERATOR_ROLE, "Moderators", 0, 1),
                        DiscordPayloads.role(ADMIN_ROLE, "Admins", MANAGE_SERVER, 2)),
                List.of(DiscordPayloads.textChannel(GENERAL, GUILD_A, "general"),
                        DiscordPayloads.textChannel(RANDOM, GUILD_A, "random"),
                        DiscordPayloads.textChannel(MODS, GUILD_A, "mods")),
                List.of(DiscordPayloads.thread(THREAD, GUILD_A, GENERAL, "900000000000000009", "a thread")));
    }

    private static FakeGuild guildB() {
        return new FakeGuild(GUILD_B, "Other server", "900000000000000008",
                List.of(DiscordPayloads.role(GUILD_B, "@everyone", EVERYONE_PERMISSIONS, 0)),
                List.of(DiscordPayloads.textChannel(B_GENERAL, GUILD_B, "general")),
                List.of());
    }

    @Override
    public void close() throws InterruptedException {
        rest.stop();
        gateway.stop(1000);
    }
}
