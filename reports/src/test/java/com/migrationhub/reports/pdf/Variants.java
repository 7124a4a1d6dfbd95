package com.migrationhub.reports.pdf;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.Count;
import com.migrationhub.reports.data.ReportData.ServerRow;
import java.util.ArrayList;
import java.util.List;

/** Variations of {@code TestData}'s report for the layout and structure tests. */
final class Variants {
    static final String LONG_WORD = "x".repeat(160);
    static final String LONG_TEXT = "The consultant wrote a very long note here that goes on and on about the server, "
            .repeat(5).strip();

    private Variants() {
    }

    static ReportData with(ReportData d, ReportData.Engagement e) {
        return new ReportData(e, d.scenario(), d.profile(), d.clouds(), d.strategies(), d.options(), d.tco(), d.risk(),
                d.dependencies(), d.waves(), d.sources(), d.rows(), d.inventory());
    }

    static ReportData withoutDependenciesAndWaves(ReportData d) {
        return new ReportData(d.engagement(), d.scenario(), d.profile(), d.clouds(), d.strategies(), d.options(),
                d.tco(), d.risk(), null, null, d.sources(), d.rows(), d.inventory());
    }

    static ReportData withRows(ReportData d, ReportData.ServerRows rows) {
        return new ReportData(d.engagement(), d.scenario(), d.profile(), d.clouds(), d.strategies(), d.options(),
                d.tco(), d.risk(), d.dependencies(), d.waves(), d.sources(), rows, d.inventory());
    }

    static ReportData withLogo(ReportData d, byte[] logo) {
        ReportData.Engagement e = d.engagement();
        return with(d, new ReportData.Engagement(e.client(), e.engagement(), e.firm(), e.consultant(), logo,
                e.projectFile(), e.generatedAt(), e.version()));
    }

    /**
     * Client text at its worst: names far longer than a line, words longer than a column, in the
     * cover, the running header, blocking reasons and every tenth server of the appendix.
     */
    static ReportData longTexts(ReportData d) {
        ReportData.Engagement e = d.engagement();
        ReportData.Engagement longE = new ReportData.Engagement(e.client() + " " + LONG_TEXT,
                e.engagement() + " " + LONG_WORD, e.firm() + " " + LONG_TEXT, e.consultant() + " " + LONG_WORD,
                null, e.projectFile(), e.generatedAt(), e.version() + " " + LONG_WORD);
        List<CloudSummary> clouds = new ArrayList<>();
        for (CloudSummary c : d.clouds()) {
            List<Count> blockers = new ArrayList<>(c.blockers());
            blockers.add(new Count(LONG_TEXT + " " + LONG_WORD, 1));
            clouds.add(new CloudSummary(c.cloud(), c.cloudLabel(), c.region(), c.servers(), c.sized(), c.readiness(),
                    blockers, c.computeCents(), c.licenceCents(), c.storageCents(), c.networkCents(), c.allocatedVcpus(),
                    c.allocatedMemoryMiB(), c.recommendedVcpus(), c.recommendedMemoryMiB(), c.performanceSized(),
                    c.confidence(), c.asOnPremisesCents()));
        }
        ReportData.ServerRows rows = consumer -> d.rows().forEach(r -> consumer.accept(r.id() % 10 == 3
                ? new ServerRow(r.id(), r.name() + LONG_WORD, r.os() + " " + LONG_TEXT, LONG_WORD, LONG_TEXT, r.powerState(),
                        r.vcpus(), r.memoryMiB(), r.provisionedMiB(), r.results())
                : r));
        return new ReportData(longE, d.scenario(), d.profile(), clouds, d.strategies(), d.options(), d.tco(), d.risk(),
                d.dependencies(), d.waves(), d.sources(), rows, d.inventory());
    }
}
