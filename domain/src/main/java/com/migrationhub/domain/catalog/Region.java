package com.migrationhub.domain.catalog;

/** A cloud region: its id (us-east-1, westeurope, europe-west1), display name and geography. */
public record Region(Cloud cloud, String id, String name, String geography) {
}
