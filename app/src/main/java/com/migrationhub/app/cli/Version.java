package com.migrationhub.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version, from the jar's manifest (the build's project version). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"mhub " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
