package com.migrationhub.domain.store;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * Lets H2 keep a project in one file named {@code *.mhub}. H2 always appends {@code .mv.db} to a
 * database name; this file system (scheme {@code mhub:}) maps {@code X.mhub.mv.db} back to
 * {@code X.mhub} and passes every other name through unchanged.
 */
public final class MhubFilePath extends FilePathWrapper {

    static final String SCHEME = "mhub";
    private static final String H2_SUFFIX = ".mv.db";

    private static volatile boolean registered;

    /** Registers the scheme with H2 once per class loader. */
    static void register() {
        if (!registered) {
            synchronized (MhubFilePath.class) {
                if (!registered) {
                    FilePath.register(new MhubFilePath());
                    registered = true;
                }
            }
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected FilePath unwrap(String fileName) {
        String path = fileName.substring(SCHEME.length() + 1);
        if (path.endsWith(ProjectFile.EXTENSION + H2_SUFFIX)) {
            path = path.substring(0, path.length() - H2_SUFFIX.length());
        }
        return FilePath.get(path);
    }

    /**
     * H2 derives the database name from the real path of its data file by cutting
     * {@code .mv.db} off the end, so the real path must keep the name H2 asked for.
     */
    @Override
    public FilePath toRealPath() {
        String real = getBase().toRealPath().name;
        if (name.endsWith(ProjectFile.EXTENSION + H2_SUFFIX) && real.endsWith(ProjectFile.EXTENSION)) {
            real = real + H2_SUFFIX;
        }
        return getPath(SCHEME + ":" + real);
    }
}
