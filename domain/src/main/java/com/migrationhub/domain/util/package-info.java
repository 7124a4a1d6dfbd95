/** Small data structures the engines and the report share, with no knowledge of the model. */
package com.migrationhub.domain.util;
