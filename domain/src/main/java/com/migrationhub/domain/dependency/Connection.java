package com.migrationhub.domain.dependency;

import com.migrationhub.domain.model.SourceRef;
import java.time.Instant;

/**
 * Network traffic seen from one endpoint to another, as a dependency export or a socket capture
 * states it: one row of the file, or (after aggregation) every row with the same endpoints, port,
 * protocol and processes. Endpoints are kept as the file names them (a server name, an IP, or
 * both); which inventory server they are is worked out when the graph is built, so an inventory
 * imported later still resolves them.
 *
 * @param sourceName             the calling server's name as written, or null
 * @param sourceIp               its IP address, or null
 * @param sourceApplication      the application the file names for it (Azure Migrate's "Source
 *                               application"), or null
 * @param sourceProcess          the calling process, or null
 * @param destinationName        the called server's name, or null
 * @param destinationIp          its IP address, or null
 * @param destinationApplication the application the file names for it, or null
 * @param destinationProcess     the listening process, or null
 * @param port                   the destination port, or -1 when the file does not say
 * @param protocol               "tcp" or "udp" (lower case), or null when the file does not say
 * @param connections            how many connections the row stands for (at least 1)
 * @param slots                  in how many distinct time slots the traffic was seen (at least 1)
 * @param firstSeen              the earliest time it was seen, or null
 * @param lastSeen               the latest, or null
 * @param source                 the row it came from (the first, for an aggregate)
 */
public record Connection(String sourceName, String sourceIp, String sourceApplication, String sourceProcess,
        String destinationName, String destinationIp, String destinationApplication, String destinationProcess,
        int port, String protocol, long connections, long slots, Instant firstSeen, Instant lastSeen,
        SourceRef source) {
}
