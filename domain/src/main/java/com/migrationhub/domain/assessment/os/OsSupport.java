package com.migrationhub.domain.assessment.os;

import com.migrationhub.domain.catalog.OsLifecycle;
import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.OsFamily;
import java.time.LocalDate;

/**
 * The support status of one server's operating system on the assessment date: its product and
 * lifecycle cycle (null where unknown), the phase on that date, and what was assumed to find the
 * cycle ("service pack not given: taken as the latest, 15.7"). The texts name the dates, so a
 * reader can check them against the vendor's page. Immutable.
 */
public final class OsSupport {
    private final OperatingSystem os;
    private final OsProduct product;
    private final OsLifecycle cycle;
    private final String assumption;
    private final SupportPhase phase;
    private final LocalDate on;
    /** Built on first use; the matcher shares one instance per OS and date, so the text is built once. */
    private volatile String description;

    public OsSupport(OperatingSystem os, OsProduct product, OsLifecycle cycle, String assumption, SupportPhase phase,
            LocalDate on) {
        this.os = os;
        this.product = product;
        this.cycle = cycle;
        this.assumption = assumption;
        this.phase = phase;
        this.on = on;
    }

    public OperatingSystem os() {
        return os;
    }

    /** Null when the OS is not recognized. */
    public OsProduct product() {
        return product;
    }

    /** Null when no lifecycle row matches. */
    public OsLifecycle cycle() {
        return cycle;
    }

    /** How the cycle was chosen when the version did not name it exactly, else null. */
    public String assumption() {
        return assumption;
    }

    public SupportPhase phase() {
        return phase;
    }

    /** The date the phase is judged on. */
    public LocalDate on() {
        return on;
    }

    public boolean recognized() {
        return product != null;
    }

    /** Past end of life and of any extended support. */
    public boolean outOfSupport() {
        return phase == SupportPhase.ENDED;
    }

    /** Only paid or limited extended support remains. */
    public boolean extendedOnly() {
        return phase == SupportPhase.EXTENDED;
    }

    /**
     * The date the current supported period ends: end of life while before it, the end of extended
     * support while in it; null when ended, unknown or without a published date.
     */
    public LocalDate nextEnd() {
        if (cycle == null) {
            return null;
        }
        return switch (phase) {
            case ACTIVE, MAINTENANCE -> cycle.eol();
            case EXTENDED -> cycle.extendedEnd();
            default -> null;
        };
    }

    /** The OS's label as the inventory names it ("Windows Server 2008 R2"). */
    public String label() {
        return os == null ? "unknown" : os.label();
    }

    /** Whether a 32-bit or UNIX OS, or a version below the product's upgrade path; false when unknown. */
    public boolean noUpgradePath() {
        if (os == null) {
            return false;
        }
        if (os.family() == OsFamily.UNIX || os.architecture() == Architecture.X86) {
            return true;
        }
        if (product == null) {
            return false;
        }
        Boolean path = product.upgradePath(os.version());
        return path != null && !path;
    }

    /**
     * One line naming the phase and its dates: "Windows Server 2008 R2 left extended support on
     * 2020-01-14; its Extended Security Updates (ESU) ended on 2023-01-10".
     */
    public String describe() {
        String d = description;
        if (d == null) {
            d = text();
            description = d;
        }
        return d;
    }

    private String text() {
        String label = label();
        if (product == null) {
            return "operating system not recognized: " + (os == null || os.raw() == null ? "none given" : "'" + os.raw() + "'");
        }
        if (cycle == null) {
            return os.version() == null ? label + ": version not given, no lifecycle dates"
                    : "no lifecycle dates for " + label;
        }
        String term = product.supportTerm();
        String ext = product.extendedTerm().isEmpty() ? "extended support" : product.extendedTerm();
        String text = switch (phase) {
            case ACTIVE -> cycle.eol() == null ? label + " is in " + term + " (no end date published)"
                    : label + " is in " + term + " until " + cycle.eol();
            case MAINTENANCE -> label + " left mainstream support on " + cycle.supportEnd() + "; " + term
                    + " until " + cycle.eol();
            case EXTENDED -> label + " left " + term + " on " + cycle.eol() + "; only " + ext + " until "
                    + cycle.extendedEnd();
            case ENDED -> cycle.extendedEnd() == null ? label + " left " + term + " on " + cycle.eol()
                    : label + " left " + term + " on " + cycle.eol() + "; its " + ext + " ended on " + cycle.extendedEnd();
            case UNKNOWN -> "no lifecycle dates for " + label;
        };
        return assumption == null ? text : text + " (" + assumption + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
