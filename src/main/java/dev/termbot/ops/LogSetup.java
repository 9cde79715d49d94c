package dev.termbot.ops;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.function.UnaryOperator;

/**
 * termbot's logging set-up, in code: Logback finds it through {@code META-INF/services} before it
 * looks for a {@code logback.xml}. Parsing an XML file took a third of a second of every start,
 * more than anything else before the bot is ready. Logs go to stderr, so that stdout stays clean
 * for JSONL output and the console chat; the format is "text" (readable lines, the default) or
 * "json" (one object per line), from {@code -Dtermbot.log.format} or {@code TERMBOT_LOG_FORMAT},
 * and termbot's own level from {@code TERMBOT_LOG_LEVEL} (default INFO). The encoder redacts
 * secrets from every line.
 *
 * <p>An operator's own file still wins: with {@code -Dlogback.configurationFile}, or a
 * {@code logback-test.xml} on the class path (the tests'), this steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String LEVEL_VARIABLE = "TERMBOT_LOG_LEVEL";
    /**
     * Slack SDK loggers that write whole request bodies (message text, user ids, Slack's legacy
     * verification token): the request parser at WARN for any payload it does not recognise, two
     * middlewares at INFO. The HTTP endpoint keeps unknown payloads away from them; these levels
     * keep Socket Mode and any future path from writing a body either.
     */
    static final java.util.List<String> PAYLOAD_LOGGERS = java.util.List.of(
            "com.slack.api.bolt.util.SlackRequestParser",
            "com.slack.api.bolt.middleware.builtin.SSLCheck",
            "com.slack.api.bolt.middleware.builtin.LegacyRequestVerification");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                || LogSetup.class.getClassLoader().getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(name);
        });
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sets up {@code context}: one stderr appender with termbot's encoder on the root logger (WARN),
     * termbot's loggers at their level.
     *
     * @param settings system property or environment value by name, or null
     */
    static void apply(LoggerContext context, UnaryOperator<String> settings) {
        LogLineEncoder encoder = new LogLineEncoder();
        encoder.setContext(context);
        String format = settings.apply(LogFormat.PROPERTY);
        encoder.setFormat(format != null ? format : settings.apply(LogFormat.ENVIRONMENT_VARIABLE));
        encoder.setPattern(LogLineEncoder.DEFAULT_PATTERN);
        encoder.start();

        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        String level = settings.apply(LEVEL_VARIABLE);
        context.getLogger("dev.termbot").setLevel(Level.toLevel(level, Level.INFO));
        for (String payloadLogger : PAYLOAD_LOGGERS) {
            context.getLogger(payloadLogger).setLevel(Level.OFF);
        }
    }
}
