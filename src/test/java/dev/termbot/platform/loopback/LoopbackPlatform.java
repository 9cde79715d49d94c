package dev.termbot.platform.loopback;

import dev.termbot.core.Bot;
import dev.termbot.core.ChatPlatform;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.Outcome;
import dev.termbot.core.Where;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A chat over a line protocol on 127.0.0.1: a client sends the token, gets {@code ready}, then each
 * line it sends is a message and each answer is one line, {@code note: ...} or {@code quiet}. Small on
 * purpose; it shows what a platform adapter has to do and nothing more.
 */
public final class LoopbackPlatform implements ChatPlatform {
    /** A dialect of its own, which the core has never heard of: {@code <target|label>} links, code spans only. */
    public static final Markup DIALECT = new Markup("loopback", false, true, false);

    private final Bot bot;
    private final LoopbackSettings settings;
    private final String token;
    private final Clock clock;
    private final AtomicLong messageIds = new AtomicLong();
    private ServerSocket server;
    private volatile boolean connected;

    LoopbackPlatform(Bot bot, LoopbackSettings settings, String token, Clock clock) {
        this.bot = bot;
        this.settings = settings;
        this.token = Objects.requireNonNull(token, LoopbackProvider.TOKEN_VARIABLE + " is not set");
        this.clock = clock;
    }

    @Override
    public String name() {
        return "loopback";
    }

    @Override
    public void start() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()));
        connected = true;
        Thread acceptor = new Thread(this::acceptAll, "loopback-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port it listens on (the settings may have asked for any free one). */
    public int port() {
        return server.getLocalPort();
    }

    private void acceptAll() {
        while (connected) {
            try (Socket client = server.accept()) {
                serve(client);
            } catch (IOException e) {
                // a client that went away ends its own chat, not the platform; a closed server ends the loop
            }
        }
    }

    private void serve(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        if (!token.equals(in.readLine())) {
            out.println("denied");
            return;
        }
        out.println("ready");
        Where where = new Where(name(), "local", settings.channel(), "");
        String line;
        while ((line = in.readLine()) != null) {
            Instant receivedAt = clock.instant();
            InboundMessage message = new InboundMessage(where, Long.toString(messageIds.incrementAndGet()), "loop-user",
                    false, line, DIALECT);
            Outcome outcome = bot.onMessage(message);
            if (outcome.reply().isPresent()) {
                out.println("note: " + outcome.reply().get().toPlainText().replace('\n', ' '));
                bot.noteDelivered(message, outcome.reply().get(), receivedAt);
            } else {
                out.println("quiet");
            }
        }
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void postToModerators(String markdown) {
        // the loopback has no moderators' channel
    }

    @Override
    public void close() {
        connected = false;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
