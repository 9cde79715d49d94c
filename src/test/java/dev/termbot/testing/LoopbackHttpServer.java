package dev.termbot.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * JDK {@link HttpServer}s on 127.0.0.1 for the fakes and the benchmark's minimal bot, with Nagle's
 * algorithm off and a long accept queue.
 *
 * <p>Nagle: the JDK server leaves it on unless {@value #NO_DELAY} is set, so a response
 * written in two pieces (headers, then body) waits for the client's delayed acknowledgement, up to
 * 40 ms on Linux, once a connection is busy. In the end-to-end benchmark that capped every bot at
 * one call per 40 ms per thread (both bots alike: ~190 replies/s for the minimal Slack bot), so the
 * fakes, not the bots, set the pace. The JDK reads the property once, when the first server of
 * the JVM is made; the test command also sets it for the whole test JVM (pom.xml).
 *
 * <p>Accept queue: a bot answering a burst opens many connections at once (JDA posts to each
 * channel from its own rate-limit bucket, so a burst of 200 channels wants up to as many
 * connections). With the JDK's default queue of 50, the kernel dropped the connections beyond it
 * ({@code ListenOverflows} in {@code /proc/net/netstat}), and each dropped one was tried again one
 * second later: the "one-second stall" of either bot in the benchmark's Discord bursts.
 */
public final class LoopbackHttpServer {
    public static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /** Connections waiting to be accepted; Linux caps it at {@code net.core.somaxconn} (4,096 here). */
    static final int ACCEPT_QUEUE = 1024;

    private LoopbackHttpServer() {
    }

    /** An unstarted server on a free port of 127.0.0.1. */
    public static HttpServer create() throws IOException {
        System.setProperty(NO_DELAY, "true");
        return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), ACCEPT_QUEUE);
    }
}
