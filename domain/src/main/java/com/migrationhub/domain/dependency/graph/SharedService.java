package com.migrationhub.domain.dependency.graph;

/** The kind of shared infrastructure service a soft dependency rule recognises. */
public enum SharedService {
    DNS, DIRECTORY, TIME, MONITORING, BACKUP, PATCHING, MAIL, LOGGING, ANTIVIRUS, OTHER
}
