package dev.termbot.cli;

import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Utf8Lines} must read exactly the lines {@code BufferedReader.readLine} reads. */
class Utf8LinesTest {

    private static List<String> viaReader(byte[] bytes) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            lines.add(line);
        }
        return lines;
    }

    private static List<String> viaBytes(byte[] bytes, int bufferSize) throws IOException {
        // a stream that hands out at most 3 bytes per read, so lines and sequences straddle reads
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        Utf8Lines lines = new Utf8Lines(trickle, bufferSize);
        List<String> out = new ArrayList<>();
        for (String line; (line = lines.readLine()) != null; ) {
            out.add(line);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n", "\r\r\n\n", "\r", "x\r\n",
            "\uD83D\uDE80 \u00e9 distillation\u2013attack\nn\u00e4chste Zeile", "line without end"})
    void reads_the_same_lines_as_a_buffered_reader(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(viaBytes(bytes, 16)).isEqualTo(viaReader(bytes));
        assertThat(viaBytes(bytes, 1 << 16)).isEqualTo(viaReader(bytes));
    }

    @Test
    void malformed_utf8_and_random_bytes_decode_as_the_reader_decodes_them() throws IOException {
        // GIVEN bytes with broken sequences, lone continuation bytes, encoded surrogates, CR and LF
        Random random = new Random(6);
        byte[] alphabet = {'a', 'b', ' ', '\n', '\r', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x93,
                (byte) 0xF0, (byte) 0x9F, (byte) 0x9A, (byte) 0xED, (byte) 0xA0, (byte) 0xFF, (byte) 0xC0};
        for (int round = 0; round < 500; round++) {
            byte[] bytes = new byte[random.nextInt(200)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            // THEN both readers agree, whatever the buffer size
            assertThat(viaBytes(bytes, 16)).as("round %d", round).isEqualTo(viaReader(bytes));
        }
    }

    @Test
    void a_line_longer_than_the_buffer_grows_it() throws IOException {
        String longLine = "x".repeat(10_000);
        byte[] bytes = (longLine + "\nshort\n").getBytes(StandardCharsets.UTF_8);
        assertThat(viaBytes(bytes, 16)).containsExactly(longLine, "short");
    }

    @Test
    void the_scanner_answers_the_same_from_bytes_and_from_a_reader() throws IOException {
        String input = """
                {"id": "a", "text": "did you see the distillation attack thread?", "author_is_bot": false}
                {"id": 3, "text": "Distillation attacks again", "author_is_bot": true}
                {"id": "broken", "text": "unterminated
                not json
                {"id": "x", "text": 5}

                {"id": "u", "text": "\uD83D\uDE80 \u00e9 distillation attack"}
                """.replace("\n", "\r\n");
        ScanCommand.JsonlScanner scanner = new ScanCommand.JsonlScanner(TestKnowledge.create());
        StringWriter fromReader = new StringWriter();
        ByteArrayOutputStream readerErrors = new ByteArrayOutputStream();
        int badFromReader = scanner.scan(new BufferedReader(new java.io.StringReader(input)), fromReader,
                new PrintStream(readerErrors, true, StandardCharsets.UTF_8));
        StringWriter fromBytes = new StringWriter();
        ByteArrayOutputStream bytesErrors = new ByteArrayOutputStream();
        int badFromBytes = scanner.scan(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), fromBytes,
                new PrintStream(bytesErrors, true, StandardCharsets.UTF_8));

        assertThat(fromBytes.toString()).isEqualTo(fromReader.toString()).contains("distillation attack");
        assertThat(bytesErrors.toString(StandardCharsets.UTF_8)).isEqualTo(readerErrors.toString(StandardCharsets.UTF_8));
        assertThat(badFromBytes).isEqualTo(badFromReader).isEqualTo(3);
    }
}
