package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.Quote;

/** A licence charged on top of a size's compute price, an hour, with its provenance. */
public record LicenceCharge(Licence licence, Quote quote) {
}
