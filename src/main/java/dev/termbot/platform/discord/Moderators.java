package dev.termbot.platform.discord;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;

/**
 * Decides who may run the moderator commands ({@code /termbot mute|unmute|cooldown|digest}): members
 * with the Manage Server permission (which administrators and the owner have) and members of a
 * configured moderator role, by id or by name. Immutable and thread-safe.
 */
final class Moderators {
    private final Set<String> roleIds;
    private final Set<String> roleNames;

    Moderators(List<String> roleIds, List<String> roleNames) {
        this.roleIds = Set.copyOf(roleIds);
        this.roleNames = roleNames.stream().map(Moderators::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** False outside a guild (no member) and for everyone without the permission or a moderator role. */
    boolean includes(Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        for (Role role : member.getRoles()) {
            if (roleIds.contains(role.getId()) || roleNames.contains(fold(role.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
