package dev.termbot.glossary;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a link may be posted: an absolute https URL with a real host name, no
 * credentials, no whitespace and no tracking parameters (the bot must not track readers on anyone's
 * behalf, and tracked links age badly). Never fetches anything. Stateless.
 */
final class LinkCheck {
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "s_cid",
            "_ga", "_gl", "srsltid", "ttclid", "li_fat_id", "rb_clickid", "ref_src");

    private LinkCheck() {
    }

    /** What is wrong with the url, worded to follow "link url 'x' ", or empty when it is fine. */
    static Optional<String> problem(String url) {
        if (url.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("contains whitespace; write spaces as %20");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // URISyntaxException counts from 0; people count characters from 1
            return Optional.of("is malformed: " + e.getReason() + " at character " + (e.getIndex() + 1));
        }
        if (!uri.isAbsolute()) {
            return Optional.of("must be an absolute https URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must use https");
        }
        return hostProblem(uri).or(() -> trackingProblem(uri));
    }

    private static Optional<String> hostProblem(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("has no valid host name");
        }
        if (!host.contains(".") || host.endsWith(".")) {
            return Optional.of("has host '" + host + "', which is not a public domain name");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        return Optional.empty();
    }

    private static Optional<String> trackingProblem(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
                return Optional.of("carries the tracking parameter '" + name + "'; remove it");
            }
        }
        return Optional.empty();
    }
}
