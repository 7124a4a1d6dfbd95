package com.migrationhub.connectors.rvtools;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The join of RVTools' per-VM sheets: VM name to {@link VmFacts}. Names are not unique across
 * vCenters, so entries of the same name are chained and told apart by VM UUID and MoRef where the
 * sheets have those columns; rows without them join by name and order. One entry per VM, about
 * 200 bytes with the map's own cost: the only memory the import holds that grows with the estate.
 */
final class VmFactsIndex {
    /** What {@link #match} returns when several VMs of that name could be meant. */
    static final VmFacts AMBIGUOUS = new VmFacts("", 0, 0);

    /** Values repeated from VM to VM (tools status and version) are kept once; bounded, as a safety. */
    private static final int MAX_SHARED_VALUES = 10_000;

    private final Map<String, VmFacts> byName = new HashMap<>();
    private final Map<String, String> sharedValues = new HashMap<>();

    /**
     * The entry a row of a per-VM sheet fills: the first entry of that name whose identities agree
     * and for which {@code free} holds (this sheet has not filled it yet), else a new entry.
     */
    VmFacts claim(String name, long uuid, long moRef, Predicate<VmFacts> free) {
        for (VmFacts f = byName.get(name); f != null; f = f.next) {
            if (f.accepts(uuid, moRef) && free.test(f)) {
                f.learn(uuid, moRef);
                return f;
            }
        }
        return add(name, uuid, moRef);
    }

    /** A new entry for a VM of that name, after any others of the same name. */
    VmFacts add(String name, long uuid, long moRef) {
        VmFacts first = byName.get(name);
        VmFacts created = new VmFacts(first == null ? name : first.name, uuid, moRef);
        if (first == null) {
            byName.put(name, created);
        } else {
            VmFacts last = first;
            while (last.next != null) {
                last = last.next;
            }
            last.next = created;
        }
        return created;
    }

    /**
     * The one entry of that name whose identities agree and that {@code accept} takes; null when
     * none does, {@link #AMBIGUOUS} when several do.
     */
    VmFacts match(String name, long uuid, long moRef, Predicate<VmFacts> accept) {
        VmFacts found = null;
        for (VmFacts f = byName.get(name); f != null; f = f.next) {
            if (f.accepts(uuid, moRef) && accept.test(f)) {
                if (found != null) {
                    return AMBIGUOUS;
                }
                found = f;
            }
        }
        return found;
    }

    void forEach(Consumer<VmFacts> action) {
        for (VmFacts first : byName.values()) {
            for (VmFacts f = first; f != null; f = f.next) {
                action.accept(f);
            }
        }
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    void clear() {
        byName.clear();
        sharedValues.clear();
    }

    /** The same instance for equal values, so a million VMs share a handful of strings. */
    String shared(String value) {
        if (value == null) {
            return null;
        }
        String known = sharedValues.get(value);
        if (known != null) {
            return known;
        }
        if (sharedValues.size() < MAX_SHARED_VALUES) {
            sharedValues.put(value, value);
        }
        return value;
    }

    /**
     * A 64-bit hash of an identity (UUID, MoRef), ignoring case; 0 for none. 64 bits make a
     * collision between two VMs of the same name practically impossible.
     */
    static long identity(String value) {
        if (value == null) {
            return 0;
        }
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            hash = (hash ^ c) * 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }
}
