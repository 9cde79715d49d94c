package dev.termbot.platform.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;

/**
 * Bolt's signature generator with one fix: the body string is hashed as UTF-8 (what Slack signs)
 * instead of in the JVM's default charset. Bolt's own {@code RequestVerification} middleware keeps
 * running with this generator, so it agrees with {@link RequestSignature} on non-ASCII bodies under
 * any locale instead of rejecting them.
 *
 * <p>Immutable and thread-safe.
 */
final class Utf8SignatureGenerator extends SlackSignature.Generator {
    private final RequestSignature signature;

    Utf8SignatureGenerator(String signingSecret) {
        super(signingSecret);
        this.signature = new RequestSignature(signingSecret);
    }

    @Override
    public String generate(String slackRequestTimestamp, String requestBody) {
        if (slackRequestTimestamp == null) {
            return null;
        }
        String body = requestBody == null ? "" : requestBody;
        return signature.sign(slackRequestTimestamp, body.getBytes(StandardCharsets.UTF_8));
    }
}
