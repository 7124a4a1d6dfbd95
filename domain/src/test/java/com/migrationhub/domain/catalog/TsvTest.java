package com.migrationhub.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
    private static final String[] HEADER = {"cloud", "size", "text"};

    private static List<String[]> roundTrip(List<String[]> rows, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tsv.write(bytes, gzip, HEADER, rows);
        List<String[]> read = new ArrayList<>();
        Tsv.read(new ByteArrayInputStream(bytes.toByteArray()), gzip ? "t.tsv.gz" : "t.tsv", HEADER,
                r -> read.add(new String[] {r.text("cloud"), r.text("size"), r.text("text")}));
        return read;
    }

    @Test
    void valuesWithTabsNewlinesAndBackslashesComeBackAsWritten() throws IOException {
        List<String[]> rows = List.of(
                new String[] {"aws", "m5.large", "plain"},
                new String[] {"azure", "tab\there", "line\nbreak and\r return"},
                new String[] {"gcp", "back\\slash", "ends with a backslash\\"},
                new String[] {"aws", "", ""},
                new String[] {"aws", "\\t is not a tab", "\\\\"});
        for (boolean gzip : new boolean[] {false, true}) {
            List<String[]> read = roundTrip(rows, gzip);
            assertThat(read).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(read.get(i)).as("row %d", i).containsExactly(rows.get(i));
            }
        }
    }

    @Test
    void aTextRepeatedOverRowsIsOneObject() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new String[] {"aws", "m5.large", "source with a \\ backslash " + (i % 2)});
        }
        List<String[]> read = roundTrip(rows, false);
        for (String[] r : read) {
            assertThat(r[0]).isSameAs(read.get(0)[0]);
            assertThat(r[1]).isSameAs(read.get(0)[1]);
        }
        assertThat(read.get(2)[2]).isSameAs(read.get(0)[2]).isEqualTo("source with a \\ backslash 0");
        assertThat(read.get(3)[2]).isSameAs(read.get(1)[2]);
    }
}
