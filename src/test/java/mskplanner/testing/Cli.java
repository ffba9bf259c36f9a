package mskplanner.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import mskplanner.cli.MskPlannerCommand;
import picocli.CommandLine;

/** Runs {@code msk-planner} as configured for users (exit codes, one-line errors) and keeps what it printed. */
public final class Cli {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    public int run(String... args) {
        CommandLine cmd = MskPlannerCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    /** Forgets what was printed, to look at the next run alone. */
    public void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
