package dev.termbot.core;

import java.util.regex.Pattern;

/**
 * Checks the text of a {@code bind} setting ({@code http.bind}, {@code slack.bind}) when the file is read, so a typo such as
 * {@code 999.1.1.1} is a located config error (exit 2) instead of a bare {@code SocketException}
 * when {@code run} binds. No name is resolved here: that needs the network, and the file is checked
 * offline too ({@code config check}).
 */
public final class BindAddress {
    private static final Pattern DOTTED = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private BindAddress() {
    }

    /** An IPv4 address, an IPv6 literal, or a host name; digits and dots only must be a real IPv4 address. */
    public static boolean isValid(String text) {
        String value = text.strip();
        if (DOTTED.matcher(value).matches()) {
            return IPV4.matcher(value).matches();
        }
        if (value.contains(":")) {
            return IPV6.matcher(value).matches() && value.chars().filter(c -> c == ':').count() <= 7;
        }
        return HOST_NAME.matcher(value).matches();
    }
}
