package com.migrationhub.samples;

/**
 * The lifecycle environment of a server. Each source spells it its own way: the vCenter custom
 * attribute holds the short code, the CMDB the long name, cloud labels the lower-case code.
 */
enum Environment {
    PRODUCTION("PROD", "Production", 'P', 45),
    TEST("TEST", "Test", 'T', 18),
    DEVELOPMENT("DEV", "Development", 'D', 25),
    DISASTER_RECOVERY("DR", "Disaster Recovery", 'R', 12);

    /** As the vCenter custom attribute "Environment" holds it. */
    final String code;
    /** As the CMDB holds it. */
    final String cmdbName;
    /** The letter in the server naming convention. */
    final char nameLetter;
    /** Percent of the estate's VMs. */
    final int weight;

    Environment(String code, String cmdbName, char nameLetter, int weight) {
        this.code = code;
        this.cmdbName = cmdbName;
        this.nameLetter = nameLetter;
        this.weight = weight;
    }
}
