package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateTotalsTest {
    @TempDir
    Path dir;

    @Test
    void writtenTotalsReadBackEqual() throws IOException {
        Estate estate = Estate.generate(8, 120);
        EstateTotals totals = new EstateTotals();
        for (int i = 0; i < estate.vmCount; i++) {
            totals.add(estate.virtualMachine(i));
        }
        Path file = dir.resolve(EstateTotals.FILE_NAME);
        totals.write(file);
        EstateTotals read = EstateTotals.read(file);
        assertThat(read).isEqualTo(totals);
        assertThat(read.servers() + read.templates()).isEqualTo(120);
        assertThat(read.provisionedMiB()).isGreaterThan(read.inUseMiB()).isPositive();
        assertThat(Files.readAllLines(file)).contains("servers=" + read.servers(), "inUseMiB=" + read.inUseMiB());
    }

    @Test
    void aFileWithoutAKeyIsRejected() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "servers=3\ntemplates=0\n");
        assertThatThrownBy(() -> EstateTotals.read(file)).isInstanceOf(IOException.class).hasMessageContaining("vcpus");
    }
}
