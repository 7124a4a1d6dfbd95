package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;

/**
 * Which servers to list. Null fields do not filter. {@code text} matches, case-insensitively,
 * part of the name, host name, an IP address, the operating system, the application or the
 * owner. Templates and deleted servers are left out unless asked for.
 */
public record ServerFilter(String text, OsFamily osFamily, PowerState powerState, String environment,
                           String cluster, String datacenter, Templates templates, boolean includeDeleted,
                           int limit) {

    public enum Templates { EXCLUDE, INCLUDE, ONLY }

    public static final ServerFilter ALL = new ServerFilter(null, null, null, null, null, null, Templates.EXCLUDE,
            false, 0);

    /** Every server of the project: templates and the ones the user deleted too (the workbench's table). */
    public static final ServerFilter EVERY = new ServerFilter(null, null, null, null, null, null, Templates.INCLUDE,
            true, 0);
}
