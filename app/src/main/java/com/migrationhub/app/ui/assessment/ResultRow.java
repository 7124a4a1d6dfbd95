package com.migrationhub.app.ui.assessment;

import java.util.Locale;

/**
 * One server's results in a scenario, the three clouds side by side (the first region the scenario
 * assessed of each cloud), with the consultant's overrides as stored now: they differ from the
 * results until the scenario is re-run. Built off the FX thread; the override fields are changed on
 * the FX thread only.
 */
public final class ResultRow {
    /** One cloud's figures; null in {@link #cells} where the scenario did not assess that cloud. */
    public record Cell(String region, String readiness, String size, int vcpus, long memoryMiB, long totalCents) {
    }

    private final long serverId;
    private final String server;
    private final String strategy;
    private final String strategySuggested;
    private final int stars;
    private final int riskScore;
    private final String riskLevel;
    private final Cell[] cells;
    private final String search;
    /** The 7R override stored now, or null. */
    String strategySet;
    /** The sizes set now, by cloud index, or null. */
    final String[] sizeSet = new String[3];

    public ResultRow(long serverId, String server, String strategy, String strategySuggested, int stars, int riskScore,
            String riskLevel, Cell[] cells) {
        this.serverId = serverId;
        this.server = server == null ? "" : server;
        this.strategy = strategy;
        this.strategySuggested = strategySuggested;
        this.stars = stars;
        this.riskScore = riskScore;
        this.riskLevel = riskLevel;
        this.cells = cells;
        this.search = this.server.toLowerCase(Locale.ROOT);
    }

    public long serverId() {
        return serverId;
    }

    public String server() {
        return server;
    }

    /** The strategy in the stored results. */
    public String strategy() {
        return strategy;
    }

    /** The rules' own strategy where the results carry the consultant's, else null. */
    public String strategySuggested() {
        return strategySuggested;
    }

    public int stars() {
        return stars;
    }

    public int riskScore() {
        return riskScore;
    }

    public String riskLevel() {
        return riskLevel;
    }

    /** The cell of a cloud (0 AWS, 1 Azure, 2 GCP), or null. */
    public Cell cell(int cloud) {
        return cells[cloud];
    }

    /** The 7R strategy the consultant set (stored now), or null. */
    public String strategySet() {
        return strategySet;
    }

    /** The size the consultant set on a cloud (stored now), or null. */
    public String sizeSet(int cloud) {
        return sizeSet[cloud];
    }

    /** Whether an override stored now is not yet in the results (the scenario needs a re-run). */
    public boolean pending() {
        if (strategySet != null ? !strategySet.equals(strategy) : strategySuggested != null) {
            return true;
        }
        for (int i = 0; i < 3; i++) {
            if (cells[i] != null && sizeSet[i] != null && !sizeSet[i].equals(cells[i].size())) {
                return true;
            }
        }
        return false;
    }

    boolean matches(String lowerText) {
        return lowerText.isEmpty() || search.contains(lowerText);
    }
}
