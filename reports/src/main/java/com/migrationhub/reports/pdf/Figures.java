package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import java.util.Optional;

/** Look-ups across the report's parts (a cloud's options, its business case) and shared wording. */
final class Figures {
    private Figures() {
    }

    /** The purchase options of a cloud and region; they exist for each cloud's first region only. */
    static Optional<OptionCosts> options(ReportData d, CloudSummary c) {
        return d.options().stream().filter(o -> o.cloud().equals(c.cloud()) && o.region().equals(c.region()))
                .findFirst();
    }

    static Optional<TcoCloud> tco(ReportData d, String cloud) {
        return d.tco() == null ? Optional.empty()
                : d.tco().clouds().stream().filter(t -> t.cloud().equals(cloud)).findFirst();
    }

    /** The monthly cost under the recommended purchase option. */
    static long recommendedMonthly(OptionCosts o) {
        return o.monthlyCents().getOrDefault(o.recommended(), 0L);
    }

    /** Memory or storage in TiB from 1 TiB up, else in GiB. */
    static String size(Formats f, long mib) {
        return mib >= 1024L * 1024 ? f.tib(mib) : f.gib(mib);
    }

    /** "Break-even in month 14" or that there is none within the horizon. */
    static String breakEven(Formats f, TcoCloud t, int horizonYears) {
        return t.breakEvenMonth() > 0 ? "Month " + f.count(t.breakEvenMonth())
                : "Not within " + f.count(horizonYears) + " years";
    }

    /** A change from {@code from} to {@code to} as a signed share of {@code from}: "+12.5 %", "-30.0 %". */
    static String change(Formats f, long from, long to) {
        if (from == 0) {
            return "-";
        }
        String p = f.percent(Math.abs(to - from), from);
        return (to > from ? "+" : to < from ? "-" : "") + p;
    }

    /** Servers in words: "1 server", "12 servers". */
    static String servers(Formats f, long n) {
        return f.count(n) + (n == 1 ? " server" : " servers");
    }

    static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
