/**
 * Operating-system lifecycle: which product and release cycle a server's OS is
 * ({@link com.migrationhub.domain.assessment.os.OsLifecycleMatcher}, products from
 * {@code os-products.tsv}, dates from the catalog's endoflife.date rows), and where it stands on
 * the assessment date ({@link com.migrationhub.domain.assessment.os.OsSupport}).
 */
package com.migrationhub.domain.assessment.os;
