package dev.termbot.platform.discord;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * JDA's session controller pointed at a configured gateway URL instead of Discord's. Used only when
 * {@code TERMBOT_DISCORD_GATEWAY_URL} is set (tests against a fake gateway, proxies).
 *
 * <p>The identify delay is JDA's five seconds in production (Discord allows one IDENTIFY per five
 * seconds); tests pass zero so a re-IDENTIFY after an invalid session does not stall them.
 * Thread-safety is JDA's (the adapter synchronises its queue).
 */
final class FixedGatewaySessionController extends SessionControllerAdapter {
    static final Duration DISCORD_IDENTIFY_DELAY = Duration.ofSeconds(IDENTIFY_DELAY);

    private final String gatewayUrl;
    private final long identifyDelayMillis;

    FixedGatewaySessionController(String gatewayUrl, Duration identifyDelay) {
        this.gatewayUrl = gatewayUrl;
        this.identifyDelayMillis = identifyDelay.toMillis();
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gatewayUrl, 1);
    }

    @Override
    protected void runWorker() {
        synchronized (lock) {
            if (workerHandle == null) {
                workerHandle = new QueueWorker(identifyDelayMillis);
                workerHandle.start();
            }
        }
    }
}
