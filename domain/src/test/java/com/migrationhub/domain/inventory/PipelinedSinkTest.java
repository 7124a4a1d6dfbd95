package com.migrationhub.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PipelinedSinkTest {

    @Test
    void deliversEveryRecordInOrderOnAnotherThread() {
        CollectingSink target = new CollectingSink() {
            @Override
            public void server(Server server) {
                assertThat(Thread.currentThread().getName()).isEqualTo("mhub-import-writer");
                super.server(server);
            }
        };
        try (PipelinedSink sink = new PipelinedSink(target)) {
            for (int i = 0; i < 10_000; i++) {
                Server s = new Server();
                s.name = "vm" + i;
                sink.server(s);
                sink.disk(ServerKey.ofName(s.name), new Disk());
            }
            sink.source("RVTools", "4.7");
            sink.finish();
        }
        assertThat(target.servers).hasSize(10_000);
        assertThat(target.servers.get(9_999).name).isEqualTo("vm9999");
        assertThat(target.disks.get(1234).server().name()).isEqualTo("vm1234");
        assertThat(target.tool).isEqualTo("RVTools");
    }

    @Test
    @Timeout(10)
    void aWriterFailureReachesTheImporterAndNothingHangs() {
        CollectingSink target = new CollectingSink() {
            @Override
            public void server(Server server) {
                if (servers.size() == 700) {
                    throw new IllegalStateException("disk full");
                }
                super.server(server);
            }
        };
        assertThatThrownBy(() -> {
            try (PipelinedSink sink = new PipelinedSink(target)) {
                for (int i = 0; i < 100_000; i++) {
                    sink.server(new Server());
                }
                sink.finish();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    @Timeout(10)
    void closingWithoutFinishingStopsTheWriter() {
        CollectingSink target = new CollectingSink();
        PipelinedSink sink = new PipelinedSink(target);
        for (int i = 0; i < 5_000; i++) {
            sink.server(new Server());
        }
        sink.close();
        assertThat(target.servers.size()).isLessThanOrEqualTo(5_000);
    }
}
