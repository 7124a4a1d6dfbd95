package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.ServerKey;
import java.util.BitSet;
import java.util.Locale;

/**
 * Finds the server a set of identity keys names, so that re-importing an export, or importing a
 * second tool's export of the same estate, merges instead of duplicating.
 *
 * <p>Strong keys are matched first, in this order: VM UUID, SMBIOS UUID, cloud instance id,
 * external id, MoRef within its vCenter. A strong key that is present but unknown means a
 * different machine even if the name is the same (a VM re-created under an old name), so weak
 * keys (name, short host name, IP address) are consulted only when the incoming record and the
 * candidate do not both carry a VM UUID or SMBIOS UUID, and only when exactly one server has that
 * weak key. Keys compare case-insensitively.
 *
 * <p>Keys are held as 64-bit hashes in primitive maps (about 200 bytes per VM with six keys), so
 * an index of a million servers fits in a few hundred MB; two different keys colliding on all 64
 * bits is negligible at that size (about one chance in a million).
 */
public final class IdentityIndex {

    /** Returned by {@link #find} when no server matches. */
    public static final long NONE = 0;
    /** Returned by {@link #find} when a weak key names more than one server. */
    public static final long AMBIGUOUS = -1;

    private static final long MANY = -1;

    private final LongLongMap vmUuid = new LongLongMap();
    private final LongLongMap biosUuid = new LongLongMap();
    private final LongLongMap instanceId = new LongLongMap();
    private final LongLongMap externalId = new LongLongMap();
    private final LongLongMap moRef = new LongLongMap();
    private final LongLongMap name = new LongLongMap();
    private final LongLongMap hostName = new LongLongMap();
    private final LongLongMap ip = new LongLongMap();
    /** Servers that carry a VM or SMBIOS UUID: they are never matched by a weak key alone. */
    private final BitSet hasStrongUuid = new BitSet();

    /** Registers a server under every key it has; a later server with the same strong key wins. */
    public void add(long id, ServerKey key, Iterable<String> ips) {
        putStrong(vmUuid, norm(key.vmUuid()), id);
        putStrong(biosUuid, norm(key.biosUuid()), id);
        putStrong(instanceId, norm(key.instanceId()), id);
        putStrong(externalId, norm(key.externalId()), id);
        String mo = moRefKey(key);
        putStrong(moRef, mo, id);
        putWeak(name, norm(key.name()), id);
        putWeak(hostName, shortHost(key.hostName()), id);
        if (ips != null) {
            for (String a : ips) {
                putWeak(ip, norm(a), id);
            }
        } else {
            putWeak(ip, norm(key.ip()), id);
        }
        if (norm(key.vmUuid()) != null || norm(key.biosUuid()) != null) {
            hasStrongUuid.set(Math.toIntExact(id));
        }
    }

    /**
     * The id of the server these keys name, {@link #NONE} or {@link #AMBIGUOUS}.
     */
    public long find(ServerKey key) {
        long hit;
        if ((hit = get(vmUuid, norm(key.vmUuid()))) != NONE) {
            return hit;
        }
        if ((hit = get(biosUuid, norm(key.biosUuid()))) != NONE) {
            return hit;
        }
        if ((hit = get(instanceId, norm(key.instanceId()))) != NONE) {
            return hit;
        }
        if ((hit = get(externalId, norm(key.externalId()))) != NONE) {
            return hit;
        }
        if ((hit = get(moRef, moRefKey(key))) != NONE) {
            return hit;
        }
        boolean incomingStrong = norm(key.vmUuid()) != null || norm(key.biosUuid()) != null;
        for (long candidate : new long[] {
            get(name, norm(key.name())), get(hostName, shortHost(key.hostName())), get(ip, norm(key.ip()))}) {
            if (candidate == MANY) {
                return AMBIGUOUS;
            }
            if (candidate != NONE) {
                if (incomingStrong && hasStrongUuid.get(Math.toIntExact(candidate))) {
                    return NONE;
                }
                return candidate;
            }
        }
        return NONE;
    }

    private static long get(LongLongMap map, String k) {
        return k == null ? NONE : map.get(hash(k), NONE);
    }

    private static void putStrong(LongLongMap map, String k, long id) {
        if (k != null) {
            map.put(hash(k), id, NONE);
        }
    }

    private static void putWeak(LongLongMap map, String k, long id) {
        if (k != null) {
            long h = hash(k);
            long old = map.get(h, NONE);
            map.put(h, old == NONE || old == id ? id : MANY, NONE);
        }
    }

    /** A 64-bit FNV-1a hash finished with a mixer; never the map's reserved key. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == LongLongMap.EMPTY_KEY ? 0 : h;
    }

    private static String moRefKey(ServerKey key) {
        String mo = norm(key.moRef());
        if (mo == null) {
            return null;
        }
        String vc = norm(key.vCenter());
        return (vc == null ? "" : vc) + "|" + mo;
    }

    private static String shortHost(String host) {
        String h = norm(host);
        if (h == null) {
            return null;
        }
        int dot = h.indexOf('.');
        // An IP address written as a host name keeps its dots.
        if (dot > 0 && !Character.isDigit(h.charAt(0))) {
            return h.substring(0, dot);
        }
        return h;
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t.toLowerCase(Locale.ROOT);
    }
}
