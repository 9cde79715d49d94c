package dev.termbot.platform.discord;

import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscordPlatformTest {

    @Test
    void the_invite_link_asks_for_both_scopes_and_exactly_the_permissions_the_readme_documents() {
        // the README's invite link and the fake guilds' @everyone role use this integer
        long readmePermissions = 274877992000L;

        assertThat(Permission.getRaw(DiscordPlatform.NEEDED_PERMISSIONS)).isEqualTo(readmePermissions);
        assertThat(FakeDiscord.EVERYONE_PERMISSIONS).isEqualTo(readmePermissions);
        assertThat(DiscordPlatform.inviteUrl("123")).isEqualTo("https://discord.com/oauth2/authorize?client_id=123"
                + "&scope=bot+applications.commands&permissions=274877992000");
    }
}
