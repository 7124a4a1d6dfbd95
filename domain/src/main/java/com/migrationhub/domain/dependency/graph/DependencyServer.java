package com.migrationhub.domain.dependency.graph;

import com.migrationhub.domain.model.Server;
import java.util.List;
import java.util.Objects;

/**
 * What the dependency engines need of an inventory server.
 *
 * @param id          the project's server id (unique)
 * @param name        the server's name, as in the inventory
 * @param hostName    its host name (often the FQDN), or null
 * @param ips         the IP addresses the inventory knows for it (none: empty)
 * @param application the application the inventory names for it, or null
 * @param environment its environment (Production, Test...), or null
 * @param vcpus       virtual CPUs, 0 when unknown
 * @param memoryMiB   memory in MiB, 0 when unknown
 * @param riskScore   the migration risk score (0-100) when assessed, else null
 */
public record DependencyServer(long id, String name, String hostName, List<String> ips, String application,
        String environment, int vcpus, long memoryMiB, Integer riskScore) {

    public DependencyServer {
        ips = ips == null ? List.of() : List.copyOf(ips.stream().filter(Objects::nonNull).toList());
    }

    /** From an inventory server, with its risk score when one was computed. */
    public static DependencyServer of(Server s, Integer riskScore) {
        return new DependencyServer(s.id, s.name, s.hostName, s.ips, s.application, s.environment,
                s.vcpus == null ? 0 : s.vcpus, s.memoryMiB == null ? 0 : s.memoryMiB, riskScore);
    }

    /** The name to show: the inventory name, else the host name, else "#id". */
    public String label() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        if (hostName != null && !hostName.isBlank()) {
            return hostName.strip();
        }
        return "#" + id;
    }
}
