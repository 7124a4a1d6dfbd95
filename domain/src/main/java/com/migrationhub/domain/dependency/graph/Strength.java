package com.migrationhub.domain.dependency.graph;

/**
 * How strongly a dependency ties two servers: HARD keeps them in one move group (or orders their
 * waves), SOFT does not (a shared infrastructure service every server uses: DNS, directory,
 * monitoring, backup...).
 */
public enum Strength {
    HARD, SOFT
}
