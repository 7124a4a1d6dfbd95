package com.migrationhub.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    @Test
    void encodesLikeTheJdkAcrossBufferBoundaries() throws IOException {
        Random random = new Random(42);
        String[] pieces = {"<c r=\"A1\">", "srv-000001", "Müller & Söhne", "€ 1,234", "😀", "日本語", "x",
            "performance-based where utilization exists (p95 × 1.3), else as on premises",
            "a".repeat(4095) + "😀" + "b".repeat(5000) + "é"};
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            for (int i = 0; i < 60_000; i++) {
                String p = pieces[random.nextInt(pieces.length)];
                expected.append(p);
                switch (i % 3) {
                    case 0 -> w.write(p);
                    case 1 -> w.write(p.toCharArray(), 0, p.length());
                    default -> p.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesAnUnpairedSurrogateAsAQuestionMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            w.write("a\uD800b\uDC00c\uD83D");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a?b?c?");
    }

    @Test
    void bulkAsciiAndDecimalsEncodeLikeTheJdkAcrossBufferBoundaries() throws IOException {
        Random random = new Random(7);
        long[] numbers = {0, 1, -1, 9, 10, 99, 100, -100, 1_234_567, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
            999_999_999_999_999_999L, 1_000_000_000_000_000_000L, -9_007_199_254_740_992L};
        String[] texts = {"<c r=\"", "srv-000001", "", "x".repeat(70_000), "performance-based where utilization exists"};
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            for (int i = 0; i < 50_000; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> {
                        long n = random.nextBoolean() ? numbers[random.nextInt(numbers.length)] : random.nextLong();
                        expected.append(n);
                        w.decimal(n);
                    }
                    case 1 -> {
                        String t = texts[random.nextInt(texts.length)];
                        expected.append(t);
                        w.ascii(t);
                    }
                    case 2 -> {
                        String t = texts[random.nextInt(texts.length)];
                        expected.append(t);
                        w.ascii(t.getBytes(StandardCharsets.US_ASCII));
                    }
                    case 3 -> {
                        expected.append("é😀");
                        w.write("é😀");
                    }
                    default -> {
                        // a high surrogate left open, then bulk ASCII: it is unpaired, so "?"
                        expected.append("?a");
                        w.write('\uD83D');
                        w.ascii("a");
                    }
                }
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }
}
