package com.migrationhub.domain.assessment;

/**
 * A rules file that cannot be read. The message is one line naming the file, the line and the
 * text that is wrong, for example {@code strategy.rules, line 12: unknown fact 'powerd-off' in
 * "when powerd-off"}, so a consultant editing a rule can find and fix it.
 */
public final class RulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public RulesException(String file, int line, String problem) {
        super(line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public RulesException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
