package com.migrationhub.samples;

/** A VM's power state, with vSphere's own spelling as RVTools writes it. */
enum VmPowerState {
    POWERED_ON("poweredOn"),
    POWERED_OFF("poweredOff"),
    SUSPENDED("suspended");

    final String vsphereName;

    VmPowerState(String vsphereName) {
        this.vsphereName = vsphereName;
    }
}
