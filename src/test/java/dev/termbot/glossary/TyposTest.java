package dev.termbot.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TyposTest {
    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            rlfh          | rlhf           | 1
            lorra         | lora           | 1
            tokken        | token          | 1
            agnet         | agent          | 1
            inferance     | inference      | 1
            kvcche        | kvcache        | 1
            distilaton    | distillation   | 2
            distillatiom  | distillation   | 2
            """)
    void slipsOfTheKeyboardAreForgivenAndCounted(String query, String key, int slips) {
        assertThat(Typos.slips(query, key)).hasValue(slips);
    }

    @ParameterizedTest(name = "{0} is not a slip for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sfx           | sft
            rage          | rag
            left          | peft
            evil          | eval
            eight         | weight
            height        | weight
            taken         | token
            proving       | probing
            emergency     | emergence
            perplexing    | perplexity
            intention     | attention
            rlhf          | rlhf
            """)
    void realWordsThatMerelyLookAlikeAreNotSlips(String query, String key) {
        assertThat(Typos.slips(query, key)).isEmpty();
    }
}
