package mskplanner;

import mskplanner.cli.MskPlannerCommand;

/** Entry point: {@code msk-planner serve | estimate | ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exit = MskPlannerCommand.commandLine().execute(args);
        // serve keeps running on Jetty's threads; every other command ends here.
        if (exit != 0 || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(exit);
        }
    }
}
