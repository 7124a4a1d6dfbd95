package com.migrationhub.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chunks deflated apart and joined are one valid Deflate stream that inflates to the data, with its CRC and sizes. */
class ParallelDeflateTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1000, ParallelDeflate.CHUNK - 1, ParallelDeflate.CHUNK, ParallelDeflate.CHUNK + 1,
        7 * ParallelDeflate.CHUNK + 12_345})
    void joinedChunksInflateToTheData(int length) throws IOException, DataFormatException {
        byte[] data = xmlLike(length);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        ParallelDeflate.Compressed c;
        try (ParallelDeflate deflate = new ParallelDeflate(2)) {
            ParallelDeflate.CompressingStream s = deflate.stream(raw);
            // written in uneven pieces and single bytes, across the chunk edges
            int at = 0;
            SplittableRandom random = new SplittableRandom(length);
            while (at < data.length) {
                if (random.nextInt(10) == 0) {
                    s.write(data[at++]);
                } else {
                    int n = Math.min(data.length - at, random.nextInt(1, 300_000));
                    s.write(data, at, n);
                    at += n;
                }
            }
            s.close();
            c = s.compressed();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        assertThat(c.size()).isEqualTo(length);
        assertThat(c.crc()).isEqualTo(crc.getValue());
        assertThat(c.compressedSize()).isEqualTo(raw.size());
        if (length > 100_000) {
            assertThat(raw.size()).isLessThan(length / 3);
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(raw.toByteArray());
        byte[] back = new byte[length + 1];
        int n = 0;
        while (!inflater.finished()) {
            int got = inflater.inflate(back, n, back.length - n);
            assertThat(got > 0 || inflater.finished()).as("inflating makes progress").isTrue();
            n += got;
        }
        assertThat(inflater.getRemaining()).isZero();
        inflater.end();
        assertThat(n).isEqualTo(length);
        assertThat(java.util.Arrays.copyOf(back, n)).isEqualTo(data);
    }

    /** Rows of sheet XML with varying figures: compressible, not trivially. */
    private static byte[] xmlLike(int length) {
        StringBuilder b = new StringBuilder(length + 200);
        SplittableRandom random = new SplittableRandom(42);
        for (int row = 1; b.length() < length; row++) {
            b.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"inlineStr\"><is><t>srv-")
                    .append(random.nextInt(1_000_000)).append("</t></is></c><c r=\"B").append(row).append("\" s=\"3\"><v>")
                    .append(random.nextDouble() * 1000).append("</v></c></row>");
        }
        return b.substring(0, length).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
