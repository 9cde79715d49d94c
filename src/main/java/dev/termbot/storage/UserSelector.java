package dev.termbot.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose data a privacy request is about: a raw platform user id (hashed before it is compared),
 * optionally narrowed to one platform and workspace.
 */
public record UserSelector(String userId, Optional<String> platform, Optional<String> workspace) {
    public UserSelector {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("a user id is required");
        }
        platform = platform.filter(p -> !p.isBlank());
        workspace = workspace.filter(w -> !w.isBlank());
    }

    public static UserSelector anywhere(String userId) {
        return new UserSelector(userId, Optional.empty(), Optional.empty());
    }
}
