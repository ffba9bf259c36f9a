package mskplanner.cli;

import java.io.PrintWriter;

/**
 * Standard output that says when it failed. {@link PrintWriter} swallows write errors, so {@code plan --batch > file}
 * on a full disk ended with exit 0 and the rows cut off; after the last write the command asks here instead.
 */
final class CheckedOutput {
    private CheckedOutput() {
    }

    /**
     * Flushes {@code out} and, if any write to it failed, names {@code what} on {@code err} in one line.
     *
     * @return true when everything was written
     */
    static boolean flushed(PrintWriter out, PrintWriter err, String what) {
        // Picocli's default writer wraps System.out in an OutputStreamWriter, and the PrintStream underneath swallows
        // the error in turn: both have to be asked.
        boolean failed = out.checkError() | System.out.checkError();
        if (!failed) {
            return true;
        }
        err.println("msk-planner: could not write " + what + " to standard output (disk full, or the reader closed the "
                + "pipe): the output is incomplete");
        err.flush();
        return false;
    }
}
