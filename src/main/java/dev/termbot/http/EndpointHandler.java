package dev.termbot.http;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request's body without holding a thread while the bytes trickle in (Jetty calls back
 * when content arrives), bounded in size and in time, then runs the {@link HttpEndpoint} on the
 * worker pool and writes its answer. A client that sends half a body therefore costs one
 * connection, never a worker.
 *
 * <p>Thread-safe; one instance serves every request of its server.
 */
final class EndpointHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointHandler.class);

    private final HttpEndpoint endpoint;
    private final HttpLimits limits;
    private final Executor workers;

    EndpointHandler(HttpEndpoint endpoint, HttpLimits limits, Executor workers) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.workers = workers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (request.getLength() > limits.maxBodyBytes()) {
            Response.writeError(request, response, callback, 413);
            return true;
        }
        Content.Source.asByteArrayAsync(request, limits.maxBodyBytes())
                .orTimeout(limits.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((body, failure) -> {
                    if (failure != null) {
                        refuseBody(request, response, callback, failure);
                    } else {
                        dispatch(request, response, callback, body);
                    }
                });
        return true;
    }

    private void refuseBody(Request request, Response response, Callback callback, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            Response.writeError(request, response, callback, 408);
        } else if (cause instanceof java.io.IOException) {
            callback.failed(cause); // the client went away mid-body: nobody to answer
        } else {
            Response.writeError(request, response, callback, 413); // more bytes than the limit
        }
    }

    private void dispatch(Request request, Response response, Callback callback, byte[] body) {
        try {
            workers.execute(() -> serve(request, response, callback, body));
        } catch (RejectedExecutionException e) {
            Response.writeError(request, response, callback, 503);
        }
    }

    private void serve(Request request, Response response, Callback callback, byte[] body) {
        HttpAnswer answer;
        try {
            answer = endpoint.answer(callOf(request, body));
        } catch (Exception | Error e) {
            // the class only: an exception's message can quote the request
            LOG.warn("An HTTP endpoint failed: {}", e.getClass().getName());
            answer = HttpAnswer.text(500, "internal error\n");
        }
        write(response, answer, callback);
    }

    private static HttpCall callOf(Request request, byte[] body) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean head = method.equals("HEAD");
        return new HttpCall(head ? "GET" : method, Request.getPathInContext(request), request.getHttpURI().getQuery(),
                headersOf(request.getHeaders()), body, Request.getRemoteAddr(request), head);
    }

    private static Map<String, List<String>> headersOf(HttpFields fields) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : fields) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    /** For HEAD, Jetty sends the headers (with the length) and drops the body bytes itself. */
    private static void write(Response response, HttpAnswer answer, Callback callback) {
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        answer.headers().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        if (answer.contentType() != null) {
            headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
}
