package dev.termbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped logging set-up picks the format from a property or the environment, and can be switched at run time. */
class LogbackConfigurationTest {
    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private final Map<String, String> settings = new HashMap<>();

    /** Sets up a fresh context the way a production start does, with {@link #settings} as properties and environment. */
    private LogLineEncoder configure(String format) {
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());
        if (format != null) {
            settings.put(LogFormat.PROPERTY, format);
        }
        LogSetup.apply(context, settings::get);
        OutputStreamAppender<ILoggingEvent> appender =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger("ROOT").getAppender("STDERR");
        return (LogLineEncoder) appender.getEncoder();
    }

    private String encode(LogLineEncoder encoder, String message) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger("dev.termbot.cli.RunCommand"), Level.INFO,
                message, null, null);
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void the_default_is_readable_text_lines() throws Exception {
        LogLineEncoder encoder = configure(null);

        assertThat(encoder.format()).isEqualTo(LogFormat.TEXT);
        assertThat(encode(encoder, "Connected")).matches("\\d{4}-\\d\\d-\\d\\dT[^ ]+ INFO  d\\.termbot\\.cli\\.RunCommand - Connected\\n");
    }

    @Test
    void the_json_property_gives_one_json_object_per_line() throws Exception {
        LogLineEncoder encoder = configure("json");

        String line = encode(encoder, "Connected");

        assertThat(encoder.format()).isEqualTo(LogFormat.JSON);
        assertThat(line).endsWith("}\n").doesNotContain("\n{");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("logger").asText()).isEqualTo("dev.termbot.cli.RunCommand");
        assertThat(json.path("message").asText()).isEqualTo("Connected");
        assertThat(json.path("thread").asText()).isNotEmpty();
        assertThat(json.path("ts").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        // mdc, kv and exception only when the event has them
        assertThat(json.fieldNames()).toIterable().containsExactly("ts", "level", "logger", "thread", "message");
    }

    @Test
    void without_the_property_the_environment_variable_decides() throws Exception {
        settings.put(LogFormat.ENVIRONMENT_VARIABLE, "json");

        LogLineEncoder encoder = configure(null);

        assertThat(encoder.format()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void the_property_wins_over_the_environment_variable() throws Exception {
        settings.put(LogFormat.ENVIRONMENT_VARIABLE, "json");

        assertThat(configure("text").format()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    void the_slack_sdk_loggers_that_write_request_bodies_are_off() {
        configure(null);
        for (String name : new String[] {"com.slack.api.bolt.util.SlackRequestParser",
                "com.slack.api.bolt.middleware.builtin.SSLCheck", "com.slack.api.bolt.middleware.builtin.LegacyRequestVerification"}) {
            assertThat(context.getLogger(name).isWarnEnabled()).as(name).isFalse();
            assertThat(context.getLogger(name).isErrorEnabled()).as(name).isFalse();
        }
        // and nothing else of the SDK is silenced: its other warnings stay visible
        assertThat(context.getLogger("com.slack.api.bolt.App").isWarnEnabled()).isTrue();
    }

    @Test
    void termbot_logs_at_info_unless_the_level_variable_says_otherwise() {
        configure(null);
        assertThat(context.getLogger("dev.termbot").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("ROOT").getLevel()).isEqualTo(Level.WARN);

        LoggerContext quieter = new LoggerContext();
        try {
            LogSetup.apply(quieter, Map.of(LogSetup.LEVEL_VARIABLE, "WARN")::get);
            assertThat(quieter.getLogger("dev.termbot").getLevel()).isEqualTo(Level.WARN);
        } finally {
            quieter.stop();
        }
    }

    @Test
    void the_shipped_jar_registers_the_set_up_with_logback() throws Exception {
        URL service = LogbackConfigurationTest.class.getResource("/META-INF/services/" + Configurator.class.getName());
        assertThat(service).isNotNull();
        assertThat(new String(service.openStream().readAllBytes(), StandardCharsets.UTF_8).trim())
                .isEqualTo(LogSetup.class.getName());
        assertThat(LogbackConfigurationTest.class.getResource("/logback.xml")).as("no XML to parse at start").isNull();
    }

    @Test
    void an_unknown_format_falls_back_to_text_with_a_warning() throws Exception {
        LogLineEncoder encoder = configure("xml");

        assertThat(encoder.format()).isEqualTo(LogFormat.TEXT);
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .anySatisfy(status -> {
                    assertThat(status.getLevel()).isEqualTo(Status.WARN);
                    assertThat(status.getMessage()).contains("unknown log format 'xml'");
                });
    }

    @Test
    void an_empty_format_means_text_without_a_warning() throws Exception {
        LogLineEncoder encoder = configure("");

        assertThat(encoder.format()).isEqualTo(LogFormat.TEXT);
        assertThat(context.getStatusManager().getCopyOfStatusList()).noneMatch(status -> status.getLevel() >= Status.WARN);
    }

    @Test
    void the_format_can_be_switched_after_logback_started() throws Exception {
        LogLineEncoder encoder = configure("text");

        int switched = LogOutput.switchEncoders(context, LogFormat.JSON);

        assertThat(switched).isEqualTo(1);
        assertThat(encoder.format()).isEqualTo(LogFormat.JSON);
        assertThat(new ObjectMapper().readTree(encode(encoder, "now json")).path("message").asText()).isEqualTo("now json");
    }

    @Test
    void log_output_switches_the_running_logback_and_installs_the_secrets() {
        // the test logback-test.xml uses the termbot encoder too, so the running context has one to switch
        try {
            int switched = LogOutput.use(LogFormat.TEXT, Map.of("DISCORD_TOKEN", "not-a-real-token-but-long"));

            assertThat(switched).isPositive();
            assertThat(System.getProperty(LogFormat.PROPERTY)).isEqualTo("text");
            assertThat(SecretRedactor.current().redact("token not-a-real-token-but-long")).isEqualTo("token [REDACTED]");
        } finally {
            System.clearProperty(LogFormat.PROPERTY);
            SecretRedactor.install(System.getenv());
        }
    }
}
