package com.migrationhub.domain.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongMapTest {

    @Test
    void holdsWhatAHashMapHoldsThroughItsGrowth() {
        LongMap<String> map = new LongMap<>();
        Map<Long, String> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            // ids in runs (as a table gives them), negative ones, and keys that collide in the low bits
            long key = switch (i % 3) {
                case 0 -> i;
                case 1 -> -random.nextLong(1, Long.MAX_VALUE);
                default -> (long) i << 32;
            };
            if (!expected.containsKey(key)) {
                expected.put(key, "v" + i);
                map.put(key, "v" + i);
            }
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(map.get(k)).as("key %d", k).isEqualTo(v));
        assertThat(map.get(123_456_789_012L)).isNull();
        List<String> values = new ArrayList<>();
        map.forEachValue(values::add);
        assertThat(values).containsExactlyInAnyOrderElementsOf(expected.values());
    }
}
