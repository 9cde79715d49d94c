package dev.termbot.platform.slack;

import dev.termbot.core.InstallationStore;
import java.util.Objects;

/**
 * What Slack's multi-workspace mode needs besides the signing secret: the OAuth client, the key that
 * seals the stored tokens and signs the install state, and where installations are kept.
 */
record OAuthMode(OAuthCredentials client, MasterKey key, InstallationStore installations) {
    OAuthMode {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(installations, "installations");
    }
}
