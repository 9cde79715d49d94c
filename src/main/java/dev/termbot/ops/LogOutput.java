package dev.termbot.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's one call to set up logging: installs the {@link SecretRedactor} for the given
 * environment and switches every termbot log appender to the wanted {@link LogFormat}. Works
 * whether or not Logback has already started (it switches the encoders in place), so the command
 * line need not care about the order of initialisation.
 *
 * <p>Thread-safe; meant to be called once at start.
 */
public final class LogOutput {
    private LogOutput() {
    }

    /**
     * Redacts the secrets of {@code env} from now on and writes {@code format} lines.
     *
     * @return how many appenders were switched (0 when Logback is not the SLF4J backend or
     *         an operator's own Logback file uses another encoder)
     */
    public static int use(LogFormat format, Map<String, String> env) {
        SecretRedactor.install(env);
        System.setProperty(LogFormat.PROPERTY, format.name().toLowerCase(Locale.ROOT));
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return factory instanceof LoggerContext context ? switchEncoders(context, format) : 0;
    }

    /**
     * Lowers termbot's own loggers to WARN unless {@code TERMBOT_LOG_LEVEL} (or its system property)
     * asks for a level: for interactive commands, where INFO lines would interrupt the user.
     */
    public static void quietUnlessAsked(Map<String, String> env) {
        if (env.get(LogSetup.LEVEL_VARIABLE) != null || System.getProperty(LogSetup.LEVEL_VARIABLE) != null) {
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("dev.termbot").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static int switchEncoders(LoggerContext context, LogFormat format) {
        int switched = 0;
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
                if (it.next() instanceof OutputStreamAppender<ILoggingEvent> stream
                        && stream.getEncoder() instanceof LogLineEncoder encoder) {
                    encoder.use(format);
                    switched++;
                }
            }
        }
        return switched;
    }
}
