package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binary form of stored connections: every field round-trips, and a damaged block is refused, never misread. */
class ConnectionBlocksTest {
    private static final SourceRef AT_ROW_9 = new SourceRef(7, "deps.csv", 9, null);

    private static Connection full(String name, int port, Instant first, Instant last, long row) {
        return new Connection(name, "10.0.0.1", "Payroll", "java.exe", "db-01.corp", "fe80::1%eth0", "Payroll (DB)",
                "sqlservr.exe", port, "udp", 123_456_789_012L, 17, first, last, new SourceRef(7, "deps.csv", row, null));
    }

    @Test
    void everyFieldRoundTripsIncludingNullsUnicodeExtremesAndNanoseconds() {
        List<Connection> rows = List.of(
                full("app01", 5432, Instant.parse("2026-10-05T14:00:00.123456789Z"), Instant.parse("2026-10-06T00:00:00Z"), 9),
                full("Zürich-Ämter-服务器", 0, Instant.parse("1969-12-31T23:59:59.5Z"), null, Long.MAX_VALUE),
                full("x", 65535, null, Instant.EPOCH, 0),
                new Connection(null, null, null, null, null, "10.1.1.1", null, null, -1, null, 1, 1, null, null, AT_ROW_9));
        List<Connection> back = ConnectionBlocks.decode(ConnectionBlocks.encode(rows), 7, "deps.csv");
        assertThat(back).isEqualTo(rows);
    }

    @Test
    void textIsCutToTheLengthsTheStoreKeepsAndRepeatedStringsAreSharedOnRead() {
        String longName = "n".repeat(1500);
        Connection c = new Connection(longName, "1".repeat(80), null, null, "db", null, null, null, 80, "tcp-extended",
                1, 1, null, null, AT_ROW_9);
        Connection read = ConnectionBlocks.decode(ConnectionBlocks.encode(List.of(c, c)), 7, "deps.csv").get(1);
        assertThat(read.sourceName()).hasSize(1000);
        assertThat(read.sourceIp()).hasSize(64);
        assertThat(read.protocol()).isEqualTo("tcp-exte");
        List<Connection> two = ConnectionBlocks.decode(ConnectionBlocks.encode(List.of(c, c)), 7, "deps.csv");
        assertThat(two.get(0).destinationName()).isSameAs(two.get(1).destinationName());
    }

    @Test
    void aFullBlockIsSmallerThanItsRowsAsText() {
        List<Connection> rows = new ArrayList<>();
        for (int i = 0; i < ConnectionBlocks.ROWS; i++) {
            rows.add(full("app" + i % 40, 1433, Instant.parse("2026-10-05T14:00:00Z").plusSeconds(i), null, i + 2));
        }
        byte[] block = ConnectionBlocks.encode(rows);
        assertThat(block.length).isLessThan(rows.size() * 40);
        assertThat(ConnectionBlocks.decode(block, 7, "deps.csv")).isEqualTo(rows);
        rows.add(rows.get(0));
        assertThatThrownBy(() -> ConnectionBlocks.encode(rows)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDamagedBlockIsRefused() {
        byte[] good = ConnectionBlocks.encode(List.of(full("app01", 80, null, null, 2)));
        assertThatThrownBy(() -> ConnectionBlocks.decode(Arrays.copyOf(good, good.length - 1), 7, "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("connection block ends early");
        assertThatThrownBy(() -> ConnectionBlocks.decode(Arrays.copyOf(good, good.length + 1), 7, "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("connection block has 1 bytes after its rows");
        byte[] future = good.clone();
        future[0] = 2;
        assertThatThrownBy(() -> ConnectionBlocks.decode(future, 7, "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown connection block format 2");
        assertThatThrownBy(() -> ConnectionBlocks.decode(new byte[] {1, 1, 0, 9}, 7, "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("connection block refers to string 9 of 0");
        assertThatThrownBy(() -> ConnectionBlocks.decode(new byte[0], 7, "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("connection block ends early");
    }
}
