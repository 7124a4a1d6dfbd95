/**
 * Streaming .xlsx reading shared by the importers: a workbook read sheet by sheet as rows, with
 * columns found by header once per sheet and values read from the selected columns only. Built
 * on POI's event API, with its zip-bomb limits and secure XML parsing; see
 * {@link com.migrationhub.connectors.xlsx.XlsxWorkbook}.
 */
package com.migrationhub.connectors.xlsx;
