package com.migrationhub.domain.util;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An open-addressing hash map from long keys (ids) to values, without boxing the keys: for maps of
 * every server or edge, where a {@code HashMap<Long, V>} spends a boxed key and an entry object
 * on each. Values are not null; a key is put once. Not thread-safe.
 */
public final class LongMap<V> {
    private long[] keys = new long[1024];
    private Object[] values = new Object[1024];
    private int size;

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    public V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            Object v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == key) {
                return (V) v;
            }
        }
    }

    /** Puts a value (not null) under a key that is not in the map yet. */
    public void put(long key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(keys, values, key, value);
        size++;
    }

    @SuppressWarnings("unchecked")
    public void forEachValue(Consumer<V> action) {
        for (Object v : values) {
            if (v != null) {
                action.accept((V) v);
            }
        }
    }

    private void grow() {
        long[] k = new long[keys.length * 2];
        Object[] v = new Object[k.length];
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                insert(k, v, keys[i], values[i]);
            }
        }
        keys = k;
        values = v;
    }

    private static void insert(long[] k, Object[] v, long key, Object value) {
        int mask = k.length - 1;
        int i = slot(key, mask);
        while (v[i] != null) {
            i = (i + 1) & mask;
        }
        k[i] = key;
        v[i] = value;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    @Override
    public String toString() {
        return "LongMap" + Arrays.toString(new int[] {size});
    }
}
