package com.migrationhub.domain.assessment.readiness;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether one server can move to one cloud as it is (rehost), and why: every finding is a
 * {@link Reason} with a stable code, a severity and one line naming the figure and its limit.
 *
 * <p>The status follows from the reasons: any blocker makes it {@link Status#NOT_READY}; else any
 * unknown makes it {@link Status#UNKNOWN} (something that decides readiness could not be checked);
 * else any condition makes it {@link Status#READY_WITH_CONDITIONS}; notes never change it. A VM
 * template is {@link Status#UNKNOWN} with a single note: it is not assessed.
 */
public record Readiness(Status status, List<Reason> reasons) {

    public enum Status {
        READY, READY_WITH_CONDITIONS, NOT_READY, UNKNOWN
    }

    /** How a finding weighs on the status, from the least to the most. */
    public enum Severity {
        /** Information only (powered off, template). */
        NOTE,
        /** The move works once the condition is handled (UEFI needs a Gen 2 size, ESU must be bought). */
        CONDITION,
        /** A check could not be made (OS not recognized, no lifecycle dates). */
        UNKNOWN,
        /** The server can't move as it is (disk above the largest the cloud offers). */
        BLOCKER
    }

    /** The stable codes of the findings: reports and filters key on these, never on the texts. */
    public enum Code {
        TEMPLATE, POWERED_OFF,
        OS_UNKNOWN, OS_VERSION_UNKNOWN, OS_SUPPORT_UNKNOWN, OS_NOT_SUPPORTED, OS_CONDITIONAL,
        OS_OUT_OF_SUPPORT, OS_EXTENDED_SUPPORT, OS_LIFECYCLE_UNKNOWN, OS_32_BIT,
        BOOT_UEFI, OS_DISK_SIZE, OS_DISK_SIZE_BIOS, DISK_SIZE, DISK_COUNT, NIC_COUNT,
        SHARED_DISK, RAW_DISK, INDEPENDENT_DISK
    }

    /**
     * One finding.
     *
     * @param text   one line naming the figure: "Windows Server 2008 R2 left extended support on 2020-01-14; ..."
     * @param source the public document the limit or the rule comes from; null for notes
     */
    public record Reason(Code code, Severity severity, String text, String source) {
    }

    public Readiness {
        reasons = List.copyOf(reasons);
    }

    private static final Readiness READY = new Readiness(Status.READY, List.of());

    /** The readiness the reasons add up to (see the class comment). */
    public static Readiness of(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return READY;
        }
        Severity worst = Severity.NOTE;
        for (Reason r : reasons) {
            if (r.severity().compareTo(worst) > 0) {
                worst = r.severity();
            }
        }
        Status status = switch (worst) {
            case BLOCKER -> Status.NOT_READY;
            case UNKNOWN -> Status.UNKNOWN;
            case CONDITION -> Status.READY_WITH_CONDITIONS;
            case NOTE -> Status.READY;
        };
        return new Readiness(status, reasons);
    }

    public List<Reason> blockers() {
        return with(Severity.BLOCKER);
    }

    public List<Reason> conditions() {
        return with(Severity.CONDITION);
    }

    /** The first reason with this code, or null. */
    public Reason reason(Code code) {
        for (Reason r : reasons) {
            if (r.code() == code) {
                return r;
            }
        }
        return null;
    }

    public boolean has(Code code) {
        return reason(code) != null;
    }

    private List<Reason> with(Severity s) {
        List<Reason> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.severity() == s) {
                out.add(r);
            }
        }
        return out;
    }
}
