package com.migrationhub.domain.catalog;

/**
 * A disk type that has a price in a region: the type's performance model, its prices there and
 * where those prices came from ({@code provenance} carries the source and derivation; its amount
 * is the per-GiB-month price, or the per-disk-month price of a fixed tier).
 */
public record DiskOffer(DiskType type, DiskPrice price, Quote provenance) {
}
