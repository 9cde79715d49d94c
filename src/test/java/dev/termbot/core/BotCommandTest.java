package dev.termbot.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BotCommandTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            optout              | OPT_OUT  | optout   | false | null
            '  OptIn '          | OPT_IN   | optin    | false | null
            mute                | MUTE     | mute     | true  | null
            unmute              | UNMUTE   | unmute   | true  | null
            cooldown 45m        | COOLDOWN | cooldown | true  | PT45M
            COOLDOWN   1h30m    | COOLDOWN | cooldown | true  | PT1H30M
            cooldown 365d       | COOLDOWN | cooldown | true  | PT8760H
            cooldown 366d       | COOLDOWN | cooldown | true  | null
            cooldown            | COOLDOWN | cooldown | true  | null
            cooldown soon       | COOLDOWN | cooldown | true  | null
            cooldown 1h 30m     | COOLDOWN | cooldown | true  | null
            digest              | DIGEST   | digest   | true  | null
            help                | HELP     | help     | false | null
            ''                  | UNKNOWN  | ''       | false | null
            frobnicate now      | UNKNOWN  | frobnicate | false | null
            """)
    void the_typed_text_becomes_one_command_value(String text, BotCommand.Kind kind, String word, boolean forModerators,
                                                  String cooldown) {
        BotCommand command = BotCommand.parse(text);

        assertThat(command.kind()).isEqualTo(kind);
        assertThat(command.word()).isEqualTo(word);
        assertThat(command.forModerators()).isEqualTo(forModerators);
        assertThat(command.cooldown()).isEqualTo(Optional.ofNullable(cooldown).map(Duration::parse));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cooldown | 2h    | COOLDOWN | PT2H
            cooldown | 2 h   | COOLDOWN | ''
            mute     | 2h    | MUTE     | ''
            Digest   | ''    | DIGEST   | ''
            """)
    void a_subcommand_already_split_by_the_platform_gives_the_same_value(String sub, String argument, BotCommand.Kind kind,
                                                                          String cooldown) {
        BotCommand command = BotCommand.of(sub, argument);

        assertThat(command.kind()).isEqualTo(kind);
        assertThat(command.cooldown()).isEqualTo(cooldown.isEmpty() ? Optional.empty() : Optional.of(Duration.parse(cooldown)));
    }
}
