package mskplanner.cli;

/** The CLI's exit codes: a contract for scripts. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int AWS_UNAVAILABLE = 3;
    public static final int PRICING_DATA = 4;

    private ExitCodes() {
    }
}
