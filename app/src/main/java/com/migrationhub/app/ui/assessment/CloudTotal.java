package com.migrationhub.app.ui.assessment;

/**
 * A scenario's monthly total on one cloud and region, in cents of the scenario's currency, with
 * its servers by readiness: what the cards above the results show.
 */
public record CloudTotal(String cloud, String region, long servers, long ready, long conditions, long notReady,
        long unknown, long sized, long totalCents) {
}
