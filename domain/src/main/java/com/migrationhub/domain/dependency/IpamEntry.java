package com.migrationhub.domain.dependency;

import com.migrationhub.domain.model.SourceRef;

/**
 * One line of an IP address plan: an address and the host name it is assigned to, which lets a
 * connection seen only by IP resolve to an inventory server.
 */
public record IpamEntry(String ip, String hostName, SourceRef source) {
}
