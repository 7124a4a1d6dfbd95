/**
 * The dependency-data importers: Azure Migrate's dependency export ({@code azure-migrate-deps}),
 * AWS Application Discovery Service network connections ({@code aws-ads}), a generic connection
 * list ({@code deps-csv}) and socket captures taken on one server ({@code ss}, {@code netstat}),
 * each a {@link com.migrationhub.domain.dependency.DependencyImporter} found through
 * {@link java.util.ServiceLoader}; and {@link com.migrationhub.connectors.dependency.IpamReader}
 * for IP address plans. CSV files are read by {@link com.migrationhub.connectors.csv.CsvReader},
 * captures by {@link com.migrationhub.connectors.dependency.TextLines}.
 */
package com.migrationhub.connectors.dependency;
