package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A first pass over vNetwork before vInfo, reading only the addresses, for a vInfo cut down
 * without its "Primary IP Address" column: so that each server still reaches the sink with the IPs
 * other imports (utilization exports, say) know it by. The NICs themselves are read after vInfo
 * by {@link VNetworkSheet}; this pass reports nothing, that one does. Costs one more parse of
 * vNetwork (about an eighth of a full export), which is why a complete vInfo does without it.
 */
final class VNetworkAddressSheet extends VmDetailSheet {
    private int ipv4;
    private int ipv6;
    private int ip;
    private final List<String> v4 = new ArrayList<>();
    private final List<String> v6 = new ArrayList<>();

    VNetworkAddressSheet(RvContext context) {
        super("vNetwork", context, true);
    }

    @Override
    void columns(SheetHeader header) {
        ipv4 = header.column(RvColumns.IPV4);
        ipv6 = header.column(RvColumns.IPV6);
        ip = header.column(RvColumns.IP);
        if (ipv4 < 0 && ipv6 < 0 && ip < 0) {
            header.skipRows();
        }
    }

    @Override
    boolean isFree(VmFacts facts) {
        // every NIC of a VM adds to the same entry
        return true;
    }

    @Override
    void read(SheetRow row, VmFacts facts) {
        v4.clear();
        v6.clear();
        IpAddresses.split(row.text(ipv4), v4, v6);
        IpAddresses.split(row.text(ipv6), v4, v6);
        IpAddresses.split(row.text(ip), v4, v6);
        if (v4.isEmpty() && v6.isEmpty()) {
            return;
        }
        if (facts.networkRow == 0) {
            facts.networkRow = (int) row.number();
        }
        facts.addresses = merge(facts.addresses, v4, v6);
    }

    /** IPv4 addresses before IPv6 ones, each once. */
    private static String[] merge(String[] known, List<String> v4, List<String> v6) {
        List<String> all = known == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(known));
        int firstV6 = 0;
        while (firstV6 < all.size() && all.get(firstV6).indexOf(':') < 0) {
            firstV6++;
        }
        for (String a : v4) {
            if (!all.contains(a)) {
                all.add(firstV6++, a);
            }
        }
        for (String a : v6) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        return all.toArray(new String[0]);
    }
}
