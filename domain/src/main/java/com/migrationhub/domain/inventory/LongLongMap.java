package com.migrationhub.domain.inventory;

import java.util.Arrays;

/**
 * An open-addressing hash map from long to long without boxing: 16 bytes a slot, at most half
 * full. Keys may be any value but {@link #EMPTY_KEY}'s. Used where a million servers must fit in
 * little memory.
 */
final class LongLongMap {
    static final long EMPTY_KEY = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private int size;
    private int mask;

    LongLongMap() {
        keys = new long[64];
        values = new long[64];
        Arrays.fill(keys, EMPTY_KEY);
        mask = keys.length - 1;
    }

    int size() {
        return size;
    }

    /** The value, or {@code missing} when absent. */
    long get(long key, long missing) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY_KEY) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores the value, returning the previous one or {@code missing}. */
    long put(long key, long value, long missing) {
        if (key == EMPTY_KEY) {
            throw new IllegalArgumentException("reserved key");
        }
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                long old = values[i];
                values[i] = value;
                return old;
            }
            if (k == EMPTY_KEY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY_KEY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY_KEY) {
                put(oldKeys[i], oldValues[i], 0);
            }
        }
    }
}
