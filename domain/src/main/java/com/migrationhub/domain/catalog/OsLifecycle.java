package com.migrationhub.domain.catalog;

import java.time.LocalDate;

/**
 * One release cycle of an operating system or database (Windows Server 2012 R2, RHEL 7, SQL
 * Server 2014) with its support dates; a date the source does not give is null.
 *
 * @param product      windows-server, rhel, ubuntu, mssqlserver, ... (endoflife.date's names)
 * @param cycle        the cycle as the source names it ("2012-r2", "7", "22.04")
 * @param supportEnd   end of mainstream / active support
 * @param eol          end of security support (end of life)
 * @param extendedEnd  end of paid extended support where offered (ESU, ELS), else null
 */
public record OsLifecycle(String product, String cycle, String label, LocalDate release, LocalDate supportEnd,
        LocalDate eol, LocalDate extendedEnd, String source) {
}
