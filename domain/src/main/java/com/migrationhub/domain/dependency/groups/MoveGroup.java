package com.migrationhub.domain.dependency.groups;

import java.util.List;

/**
 * Servers that must move together.
 *
 * @param name        unique in its result, stable across re-computation for application, user and
 *                    singleton groups ("Payroll (Production)", the pin's name, the server's name);
 *                    "Around SQL07" for a group found through dependencies (named after its most
 *                    connected member)
 * @param origin      how the group came about
 * @param serverIds   its servers, ascending
 * @param vcpus       their vCPUs in total
 * @param memoryMiB   their memory in total
 * @param environment the environment most of its servers are in (ties: the first alphabetically),
 *                    null when none says
 * @param maxRisk     the highest risk score among its servers, null when none was assessed
 * @param reason      why these servers are together, in a sentence
 * @param dependsOn   the groups it hard-depends on (its servers call theirs), by name, sorted
 * @param dependents  the groups that hard-depend on it, by name, sorted
 */
public record MoveGroup(String name, Origin origin, List<Long> serverIds, long vcpus, long memoryMiB,
        String environment, Integer maxRisk, String reason, List<String> dependsOn, List<String> dependents) {

    /** How a group came about. */
    public enum Origin {
        /** The servers the inventory names one application for (in one environment). */
        APPLICATION,
        /** Servers without an application, connected by hard dependencies. */
        DEPENDENCIES,
        /** Part of a larger set of connected servers, split by community detection. */
        COMMUNITY,
        /** A group the user created (by pinning servers to a name no application has). */
        USER,
        /** One server without an application and without hard dependencies on other servers. */
        SINGLETON
    }

    public MoveGroup {
        serverIds = List.copyOf(serverIds);
        dependsOn = List.copyOf(dependsOn);
        dependents = List.copyOf(dependents);
    }

    public int servers() {
        return serverIds.size();
    }
}
