package com.migrationhub.domain.model;

/**
 * The identity keys by which a row of an import names its server: a disk row names its VM, a
 * utilization row names the machine it measured. Any field may be null; the import matches the
 * strongest one present (see {@code IdentityIndex}): VM UUID, SMBIOS UUID, cloud instance id,
 * external id, MoRef within its vCenter, then name, host name and IP address when those are
 * unambiguous.
 */
public record ServerKey(String vmUuid, String biosUuid, String moRef, String vCenter,
                        String instanceId, String externalId, String name, String hostName,
                        String ip) {

    public static ServerKey ofName(String name) {
        return new ServerKey(null, null, null, null, null, null, name, null, null);
    }

    public static ServerKey ofVm(String name, String vmUuid, String moRef, String vCenter) {
        return new ServerKey(vmUuid, null, moRef, vCenter, null, null, name, null, null);
    }

    public static ServerKey ofExternalId(String externalId) {
        return new ServerKey(null, null, null, null, null, externalId, null, null, null);
    }

    /** A short description for messages: the name if any, else the first key present. */
    public String describe() {
        for (String s : new String[] {name, hostName, vmUuid, biosUuid, instanceId, externalId, moRef, ip}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return "(no identity)";
    }
}
