/**
 * Google Cloud's part of the price catalog: {@link com.migrationhub.connectors.prices.gcp.GcpCatalogPart}
 * turns the Cyclenerd cost calculator's pricing.yml and machine-type availability list into
 * catalog sizes, prices, licences and disks.
 */
package com.migrationhub.connectors.prices.gcp;
