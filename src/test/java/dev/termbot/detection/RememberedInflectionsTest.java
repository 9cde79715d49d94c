package dev.termbot.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A start with remembered inflections needs no models; anything not remembered still works, and is remembered next time. */
class RememberedInflectionsTest {
    private static final List<String> PHRASE = List.of("distillation", "attack");
    private static final List<Set<String>> FORMS = List.of(Set.of("distillation"), Set.of("attack", "attacks", "attacked"));

    @TempDir
    Path dir;

    private final AtomicInteger loads = new AtomicInteger();

    /** Stands in for the OpenNLP models, counting how often they are loaded. */
    private final Supplier<Inflections> models = () -> {
        loads.incrementAndGet();
        return new Inflections() {
            @Override
            public List<Set<String>> formsOf(List<String> words) {
                return words.equals(PHRASE) ? FORMS : words.stream().map(w -> Set.of(w, w + "s")).toList();
            }

            @Override
            public Set<String> realWords() {
                return Set.of("attach", "attached", "distil");
            }
        };
    };

    @Test
    void the_second_start_answers_from_the_file_without_loading_the_models() {
        Path file = dir.resolve("inflections.txt");
        RememberedInflections first = RememberedInflections.open(file, models);
        assertThat(first.remembersAnything()).isFalse();
        assertThat(first.formsOf(PHRASE)).isEqualTo(FORMS);
        assertThat(first.realWords()).containsExactlyInAnyOrder("attach", "attached", "distil");
        first.save();
        assertThat(loads).hasValue(1);

        RememberedInflections second = RememberedInflections.open(file, () -> {
            throw new AssertionError("the models must not be loaded");
        });
        assertThat(second.remembersAnything()).isTrue();
        assertThat(second.formsOf(PHRASE)).isEqualTo(FORMS);
        assertThat(second.realWords()).containsExactlyInAnyOrder("attach", "attached", "distil");
        assertThat(second.loadedModels()).isFalse();
    }

    @Test
    void a_phrase_not_remembered_loads_the_models_once_and_is_remembered_from_then_on() {
        Path file = dir.resolve("inflections.txt");
        RememberedInflections first = RememberedInflections.open(file, models);
        first.formsOf(PHRASE);
        first.realWords();
        first.save();

        RememberedInflections second = RememberedInflections.open(file, models);
        assertThat(second.formsOf(List.of("model", "theft"))).containsExactly(Set.of("model", "models"), Set.of("theft", "thefts"));
        assertThat(second.formsOf(List.of("prompt", "leak"))).containsExactly(Set.of("prompt", "prompts"), Set.of("leak", "leaks"));
        second.save();
        assertThat(loads).hasValue(2);

        RememberedInflections third = RememberedInflections.open(file, models);
        assertThat(third.formsOf(List.of("model", "theft"))).containsExactly(Set.of("model", "models"), Set.of("theft", "thefts"));
        assertThat(loads).as("all remembered").hasValue(2);
    }

    @Test
    void a_file_for_other_models_or_a_damaged_file_is_ignored_and_rebuilt() throws Exception {
        Path file = dir.resolve("inflections.txt");
        Files.writeString(file, "termbot-inflections 1 /some-older-model.bin /another.bin\nP distillation attack|distillation|attack\n");
        RememberedInflections stale = RememberedInflections.open(file, models);
        assertThat(stale.remembersAnything()).isFalse();
        assertThat(stale.formsOf(PHRASE)).isEqualTo(FORMS);

        Files.writeString(file, RememberedInflections.HEADER + "\nP distillation attack|only one list\nsomething else\n");
        RememberedInflections damaged = RememberedInflections.open(file, models);
        assertThat(damaged.remembersAnything()).isFalse();
        assertThat(damaged.formsOf(PHRASE)).isEqualTo(FORMS);
        damaged.save();

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).first().isEqualTo(RememberedInflections.HEADER);
        assertThat(RememberedInflections.open(file, models).remembersAnything()).isTrue();
    }

    @Test
    void words_that_are_not_plain_letters_are_computed_every_time_not_stored() {
        Path file = dir.resolve("inflections.txt");
        RememberedInflections first = RememberedInflections.open(file, models);
        first.formsOf(List.of("a|b", "c"));
        first.save();

        RememberedInflections second = RememberedInflections.open(file, models);
        assertThat(second.formsOf(List.of("a|b", "c"))).containsExactly(Set.of("a|b", "a|bs"), Set.of("c", "cs"));
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_file_that_cannot_be_written_costs_only_time() throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        RememberedInflections remembered = RememberedInflections.open(notADirectory.resolve("inflections.txt"), models);
        assertThat(remembered.formsOf(PHRASE)).isEqualTo(FORMS);

        remembered.save(); // logs a warning, throws nothing

        assertThat(Files.readString(notADirectory)).isEqualTo("x");
    }
}
