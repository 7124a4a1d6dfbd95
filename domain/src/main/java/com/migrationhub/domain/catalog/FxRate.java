package com.migrationhub.domain.catalog;

/**
 * An exchange rate: units of {@code currency} per US dollar, the average of {@code month}
 * (YYYY-MM), as a decimal string kept as published.
 */
public record FxRate(String currency, String month, String perUsd, String source) {
}
