package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;

/**
 * vNetwork: one network adapter per row, with its addresses split into IPv4 and IPv6 from
 * RVTools 4's "IPv4 Address" and "IPv6 Address" or 3.x's single "IP Address" list. A NIC without
 * a network, MAC or address is imported as it is: such gaps are common and not errors.
 */
final class VNetworkSheet extends VmChildSheet {
    private int label;
    private int adapter;
    private int network;
    private int connected;
    private int mac;
    private int ipv4;
    private int ipv6;
    private int ip;

    VNetworkSheet(RvContext context) {
        super("vNetwork", context, true);
    }

    @Override
    void columns(SheetHeader header) {
        label = header.column(RvColumns.NIC_LABEL);
        adapter = header.column(RvColumns.ADAPTER);
        network = header.column(RvColumns.NETWORK);
        connected = header.column(RvColumns.CONNECTED);
        mac = header.column(RvColumns.MAC);
        ipv4 = header.column(RvColumns.IPV4);
        ipv6 = header.column(RvColumns.IPV6);
        ip = header.column(RvColumns.IP);
    }

    @Override
    void read(SheetRow row, ServerKey vm, SourceRef where) {
        Nic nic = new Nic();
        nic.label = row.text(label);
        nic.adapterType = row.text(adapter);
        nic.network = row.text(network);
        nic.connected = row.bool(connected);
        nic.mac = row.text(mac);
        IpAddresses.split(row.text(ipv4), nic.ipv4, nic.ipv6);
        IpAddresses.split(row.text(ipv6), nic.ipv4, nic.ipv6);
        IpAddresses.split(row.text(ip), nic.ipv4, nic.ipv6);
        nic.source = where;
        context.sink.nic(vm, nic);
    }

    @Override
    void counted(VmFacts facts) {
        if (facts.nicsListed < Short.MAX_VALUE) {
            facts.nicsListed++;
        }
    }
}
