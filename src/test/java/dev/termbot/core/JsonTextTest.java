package dev.termbot.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        JsonText.appendQuoted(out, text);
        return out.toString();
    }

    @Test
    void escapes_what_json_requires_and_the_javascript_line_separators() {
        assertThat(quoted("say \"hi\"\\ \n\r\t\b\f")).isEqualTo("\"say \\\"hi\\\"\\\\ \\n\\r\\t\\b\\f\"");
        assertThat(quoted("\u0001\u001f \u2028\u2029")).isEqualTo("\"\\u0001\\u001f \\u2028\\u2029\"");
        assertThat(quoted("distillation — ok ✅")).isEqualTo("\"distillation — ok ✅\"");
    }

    @Test
    void a_json_parser_reads_back_every_char() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        all.append("\uD83D\uDD25");

        assertThat(new ObjectMapper().readValue(quoted(all.toString()), String.class)).isEqualTo(all.toString());
    }
}
