package com.migrationhub.domain.catalog;

/** How the catalog builder derived figures no source publishes, in words a report can print. */
public record Derivation(String id, String text) {
}
