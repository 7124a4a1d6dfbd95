package com.migrationhub.app.ui.inventory;

import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the inventory table's quick filter keeps: every word of {@code text} (case-insensitive)
 * must occur in the server's name, host name, IPs, OS, environment, application, owner,
 * datacenter, cluster, host, folder, annotation or tags, and no word written with a leading
 * minus may; then the power state and OS family, when chosen; templates and deleted servers
 * only when asked for. A superset of {@code mhub inventory --filter}: a single word finds at
 * least the servers the command line finds.
 */
public record QuickFilter(String text, PowerState power, OsFamily osFamily, boolean templates, boolean deleted) {

    public static final QuickFilter NONE = new QuickFilter("", null, null, false, false);

    /** The filter compiled for one pass over the rows. */
    Compiled compile() {
        List<String> must = new ArrayList<>();
        List<String> mustNot = new ArrayList<>();
        if (text != null) {
            for (String w : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (w.length() > 1 && w.charAt(0) == '-') {
                    mustNot.add(w.substring(1));
                } else if (!w.isEmpty() && !w.equals("-")) {
                    must.add(w);
                }
            }
        }
        return new Compiled(this, must.toArray(String[]::new), mustNot.toArray(String[]::new));
    }

    /** Whether the row is in scope: not a template or deleted unless those are shown. */
    boolean inScope(ServerRow r) {
        return (templates || !r.template()) && (deleted || !r.deleted());
    }

    /** A filter ready to test rows. */
    static final class Compiled {
        final QuickFilter filter;
        private final String[] must;
        private final String[] mustNot;

        private Compiled(QuickFilter filter, String[] must, String[] mustNot) {
            this.filter = filter;
            this.must = must;
            this.mustNot = mustNot;
        }

        boolean matches(ServerRow r) {
            if (!filter.inScope(r)) {
                return false;
            }
            if (filter.power != null && r.power() != filter.power) {
                return false;
            }
            if (filter.osFamily != null && r.osFamily() != filter.osFamily) {
                return false;
            }
            String key = r.searchKey();
            for (String w : must) {
                if (!key.contains(w)) {
                    return false;
                }
            }
            for (String w : mustNot) {
                if (key.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether every row this filter keeps is also kept by {@code wider}: then this filter can
         * scan {@code wider}'s result instead of every row (the user typed one more letter).
         */
        boolean narrows(Compiled wider) {
            QuickFilter w = wider.filter;
            if (w.templates != filter.templates || w.deleted != filter.deleted
                    || (w.power != null && w.power != filter.power)
                    || (w.osFamily != null && w.osFamily != filter.osFamily)) {
                return false;
            }
            for (String old : wider.must) {
                boolean implied = false;
                for (String now : must) {
                    if (now.contains(old)) {
                        implied = true;
                        break;
                    }
                }
                if (!implied) {
                    return false;
                }
            }
            for (String old : wider.mustNot) {
                boolean implied = false;
                for (String now : mustNot) {
                    if (old.contains(now)) {
                        implied = true;
                        break;
                    }
                }
                if (!implied) {
                    return false;
                }
            }
            return true;
        }
    }
}
