package dev.termbot.testing;

import dev.termbot.core.ChatPlatform;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ChatPlatform} that only records what was posted to its moderators; it can be disconnected or made to fail. */
public final class FakeModeratorPlatform implements ChatPlatform {
    private final String name;
    private final List<String> posts = new CopyOnWriteArrayList<>();
    private volatile boolean connected = true;
    private volatile boolean failing;

    public FakeModeratorPlatform(String name) {
        this.name = name;
    }

    public List<String> posts() {
        return List.copyOf(posts);
    }

    public void setConnected(boolean connected) {
        this.connected = connected;
    }

    /** While failing, every post throws as a broken connection would. */
    public void setFailing(boolean failing) {
        this.failing = failing;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        connected = true;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void postToModerators(String markdown) {
        if (failing) {
            throw new IllegalStateException(name + " rejected the post");
        }
        posts.add(markdown);
    }

    @Override
    public void close() {
        connected = false;
    }
}
