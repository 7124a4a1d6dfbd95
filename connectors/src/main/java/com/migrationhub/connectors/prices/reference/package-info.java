/**
 * The cloud-independent part of the price catalog:
 * {@link com.migrationhub.connectors.prices.reference.ReferenceCatalogPart} reads OS release
 * lifecycles (endoflife.date) and monthly exchange rates (US Federal Reserve via FRED).
 */
package com.migrationhub.connectors.prices.reference;
