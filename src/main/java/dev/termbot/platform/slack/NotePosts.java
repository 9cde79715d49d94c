package dev.termbot.platform.slack;

import com.slack.api.methods.Methods;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Posts a note ({@code chat.postMessage}, {@code chat.postEphemeral}) and reads only what termbot
 * needs of Slack's answer: whether it was taken, and the error if not.
 *
 * <p>Why not the SDK's typed methods: they parse every answer into the whole message model (blocks,
 * attachments, files) with a Gson made afresh for each call, so each post built Gson's reflective
 * adapters for that whole type tree again. That was 45% of the posting threads' CPU in the end-to-end
 * benchmark (JFR, Slack burst of 2,000). The form sent is the SDK's own ({@link RequestFormBuilder}),
 * so what reaches Slack is unchanged, and HTTP errors (429, 5xx) still arrive as the
 * {@link SlackApiException} {@link WebApiCaller} reads.
 */
final class NotePosts {
    private NotePosts() {
    }

    static Answer postMessage(TeamClients.TeamApi api, ChatPostMessageRequest request) throws IOException, SlackApiException {
        // the configurator may return a builder of its own: the SDK's form for the request
        return api.methods().postFormWithTokenAndParseResponse(unused -> RequestFormBuilder.toForm(request),
                Methods.CHAT_POST_MESSAGE, api.token(), Answer.class);
    }

    static Answer postEphemeral(TeamClients.TeamApi api, ChatPostEphemeralRequest request) throws IOException, SlackApiException {
        return api.methods().postFormWithTokenAndParseResponse(unused -> RequestFormBuilder.toForm(request),
                Methods.CHAT_POST_EPHEMERAL, api.token(), Answer.class);
    }

    /** Slack's answer to a post, as far as termbot reads it; filled in by the SDK's Gson (snake case). */
    public static final class Answer implements SlackApiTextResponse {
        private boolean ok;
        private String warning;
        private String error;
        private String needed;
        private String provided;
        // set by the SDK from the HTTP response, never parsed from the body
        private transient Map<String, List<String>> httpResponseHeaders;

        @Override
        public boolean isOk() {
            return ok;
        }

        @Override
        public void setOk(boolean ok) {
            this.ok = ok;
        }

        @Override
        public String getWarning() {
            return warning;
        }

        @Override
        public void setWarning(String warning) {
            this.warning = warning;
        }

        @Override
        public String getError() {
            return error;
        }

        @Override
        public void setError(String error) {
            this.error = error;
        }

        @Override
        public String getNeeded() {
            return needed;
        }

        @Override
        public void setNeeded(String needed) {
            this.needed = needed;
        }

        @Override
        public String getProvided() {
            return provided;
        }

        @Override
        public void setProvided(String provided) {
            this.provided = provided;
        }

        @Override
        public Map<String, List<String>> getHttpResponseHeaders() {
            return httpResponseHeaders;
        }

        @Override
        public void setHttpResponseHeaders(Map<String, List<String>> headers) {
            this.httpResponseHeaders = headers;
        }
    }
}
