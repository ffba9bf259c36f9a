package mskplanner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: {@code msk-planner <subcommand>}. */
@Command(name = "msk-planner", mixinStandardHelpOptions = true, version = "msk-planner 0.1.0",
        description = "Capacity and cost planner for Amazon MSK.",
        footer = {"", "Examples:", "  msk-planner plan --avg-ingress-mbps 50 --peak-ingress-mbps 120", "  msk-planner serve --port 7070"},
        subcommands = {ServeCommand.class, EstimateCommand.class, PlanCommand.class, BreakEvenCommand.class,
                PricingCommand.class, RightsizeCommand.class, CommandLine.HelpCommand.class})
public final class MskPlannerCommand implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of unexpected errors")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: exit codes and one-line errors as documented. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new MskPlannerCommand());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("msk-planner: " + ex.getMessage() + suggestion(ex) + " (see --help)");
            return ExitCodes.USAGE;
        });
        return cmd;
    }

    /** Picocli's nearest flags or subcommands to a mistyped one, on the same line: the usage error stays one line. */
    private static String suggestion(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
    }
}
