package com.migrationhub.samples;

/**
 * A server model and its processors as vSphere names them.
 *
 * @param speedMhz the nominal clock in MHz, as RVTools' vHost "Speed"
 * @param evcMode the highest EVC mode the processor supports ("Max EVC")
 */
record HostModel(String vendor, String model, String cpuModel, int speedMhz, int sockets, int coresPerSocket,
        String evcMode, String biosVersion) {
}
