package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.OsFamily;
import java.util.List;

/**
 * Which operating-system licence a server needs in the cloud, read from its normalized
 * operating system: Windows (any edition), Red Hat Enterprise Linux and SUSE Linux Enterprise
 * Server are sold with the instance; every other system (Ubuntu, Debian, CentOS, Rocky, Oracle
 * Linux, ...) runs on the bare Linux price.
 */
public final class Licensing {
    public static final String RHEL = "Red Hat Enterprise Linux";
    public static final String SLES = "SUSE Linux Enterprise Server";

    private static final List<Licence> WINDOWS_ONLY = List.of(Licence.WINDOWS);
    private static final List<Licence> RHEL_ONLY = List.of(Licence.RHEL);
    private static final List<Licence> SLES_ONLY = List.of(Licence.SLES);

    private Licensing() {
    }

    /** The operating-system licence, or null when none is charged. */
    public static Licence forOs(OperatingSystem os) {
        if (os == null) {
            return null;
        }
        if (os.family() == OsFamily.WINDOWS) {
            return Licence.WINDOWS;
        }
        if (RHEL.equals(os.distribution())) {
            return Licence.RHEL;
        }
        if (SLES.equals(os.distribution())) {
            return Licence.SLES;
        }
        return null;
    }

    /** The licences a server's operating system brings: none or one (shared immutable lists). */
    public static List<Licence> listForOs(OperatingSystem os) {
        Licence l = forOs(os);
        if (l == null) {
            return List.of();
        }
        return switch (l) {
            case WINDOWS -> WINDOWS_ONLY;
            case RHEL -> RHEL_ONLY;
            case SLES -> SLES_ONLY;
            default -> List.of(l);
        };
    }
}
