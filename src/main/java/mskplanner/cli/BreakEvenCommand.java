package mskplanner.cli;

import java.util.concurrent.Callable;
import mskplanner.app.Json;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.BreakEvenFormats;
import mskplanner.app.plan.PlanService;
import mskplanner.engine.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msk-planner break-even}: the plan's break-even sweep alone, as {@code GET /api/v1/break-even} gives it. */
@Command(name = "break-even", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sweep the workload's average ingress and show where MSK Standard, Express, Serverless,"
                + " self-managed EC2 and Kinesis cross (same fields as plan).",
        footer = {"", "Examples:", "  msk-planner break-even --avg-ingress-mbps 50 --peak-ingress-mbps 120", "  msk-planner break-even --file docs/examples/profile.json --output csv"})
public final class BreakEvenCommand implements Callable<Integer> {
    @Option(names = "--file", paramLabel = "FILE", description = "Request JSON (- for standard input)")
    String file;

    @Option(names = {"--format", "--output"}, defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--crossovers", description = "With --format csv: the crossovers instead of the curves")
    boolean crossovers;

    /** The plan request's flags, added to this command from the field declaration when picocli builds it. */
    final PlanOptions flags = new PlanOptions();

    @Mixin
    PricingOptions pricingOptions;

    picocli.CommandLine.Model.CommandSpec spec;

    @Spec
    void spec(picocli.CommandLine.Model.CommandSpec command) {
        this.spec = command;
        flags.addTo(command);
    }

    @Override
    public Integer call() throws Exception {
        BreakEvenDto breakEven;
        try {
            breakEven = new PlanService(pricingOptions.load()).breakEven(PlanRequests.read(file, flags));
        } catch (InvalidInputException e) {
            throw flags.named(e, file != null);
        }
        var out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(breakEven));
            case csv -> out.print(crossovers ? BreakEvenFormats.crossoversCsv(breakEven) : BreakEvenFormats.curvesCsv(breakEven));
            default -> out.print(BreakEvenTable.of(breakEven));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
