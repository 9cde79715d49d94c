package dev.termbot.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Utf8Lines} splits at LF only (dropping the CR of a CRLF), skips a leading BOM, decodes as
 * {@code new String(bytes, UTF_8)} does, and skips lines over its limit without holding them.
 */
class Utf8LinesTest {
    private static final String TOO_LONG = "<too long>";

    /** The rules, written the slow and obvious way. */
    private static List<String> reference(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int lf; (lf = text.indexOf('\n', from)) >= 0; from = lf + 1) {
            String line = text.substring(from, lf);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }

    private static List<String> viaBytes(byte[] bytes, int bufferSize) throws IOException {
        return viaBytes(bytes, bufferSize, Utf8Lines.MAX_LINE_BYTES);
    }

    private static List<String> viaBytes(byte[] bytes, int bufferSize, int maxLineBytes) throws IOException {
        // a stream that hands out at most 3 bytes per read, so lines and sequences straddle reads
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        Utf8Lines lines = new Utf8Lines(trickle, bufferSize, maxLineBytes, () -> { });
        List<String> out = new ArrayList<>();
        while (true) {
            try {
                String line = lines.readLine();
                if (line == null) {
                    return out;
                }
                out.add(line);
            } catch (Utf8Lines.LineTooLong e) {
                out.add(TOO_LONG);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n", "\r\r\n\n", "\r", "x\r\n",
            "\uFEFF{\"a\":1}\n", "\uFEFF", "\uFEFFa\n\uFEFFb",
            "\uD83D\uDE80 \u00e9 distillation\u2013attack\nn\u00e4chste Zeile", "line without end"})
    void splits_at_lf_only_and_skips_a_leading_bom(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(viaBytes(bytes, 16)).isEqualTo(reference(bytes));
        assertThat(viaBytes(bytes, 1 << 16)).isEqualTo(reference(bytes));
    }

    @Test
    void a_raw_cr_stays_in_the_line_and_does_not_count_as_a_line() throws IOException {
        byte[] bytes = "one\rstill one\ntwo\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(viaBytes(bytes, 16)).containsExactly("one\rstill one", "two");
    }

    @Test
    void malformed_utf8_and_random_bytes_decode_as_the_string_constructor_does() throws IOException {
        // GIVEN bytes with broken sequences, lone continuation bytes, encoded surrogates, BOM bytes, CR and LF
        Random random = new Random(6);
        byte[] alphabet = {'a', 'b', ' ', '\n', '\r', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x93,
                (byte) 0xF0, (byte) 0x9F, (byte) 0x9A, (byte) 0xED, (byte) 0xA0, (byte) 0xFF, (byte) 0xC0, (byte) 0xEF,
                (byte) 0xBB, (byte) 0xBF};
        for (int round = 0; round < 500; round++) {
            byte[] bytes = new byte[random.nextInt(200)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            // THEN both agree, whatever the buffer size (no line here reaches the limit)
            assertThat(viaBytes(bytes, 16)).as("round %d", round).isEqualTo(reference(bytes));
        }
    }

    @Test
    void a_line_longer_than_the_buffer_grows_it() throws IOException {
        String longLine = "x".repeat(10_000);
        byte[] bytes = (longLine + "\nshort\n").getBytes(StandardCharsets.UTF_8);
        assertThat(viaBytes(bytes, 16)).containsExactly(longLine, "short");
    }

    @Test
    void a_line_over_the_limit_is_skipped_and_the_next_one_read() throws IOException {
        // GIVEN a limit of 8 bytes: lines of exactly 8 (with or without a CR after) pass, 9 do not
        byte[] bytes = ("12345678\n12345678\r\n123456789\n" + "y".repeat(1000) + "\r\nlast\n" + "z".repeat(50))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(viaBytes(bytes, 16, 8)).containsExactly("12345678", "12345678", TOO_LONG, TOO_LONG, "last", TOO_LONG);
    }

    @Test
    void the_output_is_flushed_before_each_read_of_the_input() throws IOException {
        // GIVEN a reader whose every read of the input is logged, as is every flush
        List<String> events = new ArrayList<>();
        InputStream in = new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                events.add("read");
                return super.read(b, off, Math.min(len, 2));
            }
        };
        Utf8Lines lines = new Utf8Lines(in, 16, 100, () -> events.add("flush"));

        // WHEN every line is read
        List<String> read = new ArrayList<>();
        try {
            for (String line; (line = lines.readLine()) != null; ) {
                read.add(line);
            }
        } catch (Utf8Lines.LineTooLong e) {
            throw new AssertionError(e);
        }

        // THEN each read was preceded by a flush
        assertThat(read).containsExactly("a", "b");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).equals("read")) {
                assertThat(events.get(i - 1)).as("event before read %d", i).isEqualTo("flush");
            }
        }
    }
}
