package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTransaction;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cheap pass over the servers gives the same outline as the full read, for the live servers alone. */
class ServerOutlineTest {

    @TempDir
    Path dir;

    @Test
    void outlinesTheLiveServersAsTheFullReadDoes() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement")) {
            try (ImportTransaction tx = project.begin(new ImportRun(0, "export.xlsx", "/tmp/export.xlsx",
                    "0".repeat(64), 10, "rvtools", null, null, Instant.now(), null, 0, 0, 0, 0, 0, 0, 0))) {
                Server web = ImportMergeTest.vm("web01", "uuid-1", 2, 4096, 2);
                web.hostName = "web01.corp.example";
                web.ips = List.of("10.0.0.5", "fe80::1");
                web.application = "Shop";
                web.environment = "Production";
                tx.server(web);
                Server db = ImportMergeTest.vm("db01", "uuid-2", 8, 65536, 3);
                db.os = OsNormalizer.normalize("Red Hat Enterprise Linux 8 (64-bit)");
                db.powerState = PowerState.POWERED_OFF;
                db.provisionedMiB = null;
                tx.server(db);
                Server odd = ImportMergeTest.vm("odd01", "uuid-3", 1, 1024, 4);
                odd.os = OsNormalizer.normalize("something nobody knows");
                odd.vcpus = null;
                tx.server(odd);
                Server gone = ImportMergeTest.vm("gone01", "uuid-4", 1, 1024, 5);
                tx.server(gone);
                Server template = ImportMergeTest.vm("tpl01", "uuid-5", 1, 1024, 6);
                template.template = true;
                tx.server(template);
                tx.commit();
            }
            InventoryStore store = project.inventory();
            store.delete(store.find("gone01").get(0).id);

            Map<Long, String> full = new TreeMap<>();
            store.forEachServerById(ServerFilter.ALL, s -> full.put(s.id, outline(s)));
            Map<Long, String> cheap = new TreeMap<>();
            List<String> osLabels = new ArrayList<>();
            store.forEachServerOutline(s -> {
                cheap.put(s.id, outline(s));
                osLabels.add(s.os.label());
            });
            assertThat(cheap).hasSize(3).isEqualTo(full);
            assertThat(osLabels).contains("Windows Server 2019", "Red Hat Enterprise Linux 8");
        }
    }

    private static String outline(Server s) {
        return String.join("|", s.name, String.valueOf(s.hostName), String.valueOf(s.ips), String.valueOf(s.application),
                String.valueOf(s.environment), String.valueOf(s.vcpus), String.valueOf(s.memoryMiB),
                String.valueOf(s.provisionedMiB), s.powerState.name(), String.valueOf(s.os.raw()), s.os.family().name(),
                String.valueOf(s.os.distribution()), String.valueOf(s.os.version()), s.os.label());
    }
}
