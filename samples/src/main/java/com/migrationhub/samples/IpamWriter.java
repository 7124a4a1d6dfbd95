package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the estate's IPv4 addresses as an IPAM extract: {@code ip,hostname,subnet,vlan}, one row
 * per address of every server (running or not: IPAM keeps the allocation), the host name fully
 * qualified. With it, connections that a dependency export gives by IP alone can be resolved to
 * servers. Templates are left out. Port groups number their VMs in /24 subnets, so the subnet is
 * the address's first three octets.
 */
final class IpamWriter implements InventoryWriter {
    static final List<String> HEADERS = List.of("ip", "hostname", "subnet", "vlan");

    private final CsvFile csv;

    IpamWriter(Path file) throws IOException {
        csv = new CsvFile(file, HEADERS, false, "\n", false);
    }

    @Override
    public void write(VirtualMachine vm) throws IOException {
        if (vm.template) {
            return;
        }
        for (NetworkAdapter nic : vm.nics) {
            String ip = nic.ipv4();
            csv.add(ip).add(vm.dnsName).add(ip.substring(0, ip.lastIndexOf('.')) + ".0/24")
                    .add(nic.portGroup().vlan()).end();
        }
    }

    @Override
    public void finish(EstateUsage usage) throws IOException {
        csv.close();
    }

    @Override
    public List<Path> files() {
        return List.of(csv.path());
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
