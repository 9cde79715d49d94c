package dev.termbot.platform.discord;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One REST call the fake Discord received.
 *
 * @param method HTTP method
 * @param path   path below {@code /api/v10}, e.g. {@code /channels/3/messages}
 * @param body   the request body as sent ("" when none)
 * @param status the status the fake answered with
 * @param nanoTime System.nanoTime when the request had arrived (the end-to-end benchmark's reply time)
 */
record RecordedRequest(String method, String path, String body, int status, long nanoTime) {
    DataObject json() {
        return DataObject.fromJson(body);
    }

    DataArray jsonArray() {
        return DataArray.fromJson(body);
    }

    boolean is(String expectedMethod, String expectedPath) {
        return method.equals(expectedMethod) && path.equals(expectedPath);
    }
}
