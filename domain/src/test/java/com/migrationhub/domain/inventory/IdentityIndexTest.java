package com.migrationhub.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.model.ServerKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityIndexTest {

    private static ServerKey key(String vmUuid, String bios, String name, String host, String ip) {
        return new ServerKey(vmUuid, bios, null, null, null, null, name, host, ip);
    }

    @Test
    void strongKeysWinOverNames() {
        IdentityIndex index = new IdentityIndex();
        index.add(1, key("U-1", null, "web01", null, null), null);
        index.add(2, key("U-2", null, "db01", null, null), null);
        assertThat(index.find(key("u-1", null, "db01", null, null))).isEqualTo(1);
        assertThat(index.find(key(null, null, "DB01", null, null))).isEqualTo(2);
    }

    @Test
    void anUnknownUuidIsNotMatchedByNameToAServerWithAnotherUuid() {
        IdentityIndex index = new IdentityIndex();
        index.add(1, key("U-1", null, "web01", null, null), null);
        assertThat(index.find(key("U-9", null, "web01", null, null))).isEqualTo(IdentityIndex.NONE);
        // a record without UUID (a CSV of names) still finds it
        assertThat(index.find(key(null, null, "web01", null, null))).isEqualTo(1);
    }

    @Test
    void weakKeysMatchOnlyWhenUnambiguous() {
        IdentityIndex index = new IdentityIndex();
        index.add(1, key(null, null, "app", "app.corp.example", null), List.of("10.0.0.1"));
        index.add(2, key(null, null, "app", null, null), List.of("10.0.0.2"));
        assertThat(index.find(key(null, null, "app", null, null))).isEqualTo(IdentityIndex.AMBIGUOUS);
        assertThat(index.find(key(null, null, null, "APP", null))).isEqualTo(1);
        assertThat(index.find(key(null, null, null, null, "10.0.0.2"))).isEqualTo(2);
        assertThat(index.find(key(null, null, "nothing", null, null))).isEqualTo(IdentityIndex.NONE);
    }

    @Test
    void moRefIsScopedToItsVCenter() {
        IdentityIndex index = new IdentityIndex();
        index.add(1, new ServerKey(null, null, "vm-100", "vc-a", null, null, null, null, null), null);
        index.add(2, new ServerKey(null, null, "vm-100", "vc-b", null, null, null, null, null), null);
        assertThat(index.find(new ServerKey(null, null, "vm-100", "VC-B", null, null, null, null, null))).isEqualTo(2);
    }

    @Test
    void holdsAMillionKeysInPrimitiveMaps() {
        IdentityIndex index = new IdentityIndex();
        for (int i = 1; i <= 200_000; i++) {
            index.add(i, key("uuid-" + i, null, "vm" + i, null, null), null);
        }
        for (int i = 1; i <= 200_000; i += 997) {
            assertThat(index.find(key("UUID-" + i, null, null, null, null))).isEqualTo(i);
            assertThat(index.find(key(null, null, "vm" + i, null, null))).isEqualTo(i);
        }
    }
}
