package mskplanner.cli;

import java.util.concurrent.Callable;
import mskplanner.api.Json;
import mskplanner.api.plan.PlanFormats;
import mskplanner.api.plan.PlanRequest;
import mskplanner.api.plan.PlanResponse;
import mskplanner.api.plan.PlanService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msk-planner plan --file profile.json} and/or flags: partitions, every broker option and the picks. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Size a workload for every MSK Standard and Express broker size, pick the cheapest per class, and"
                + " compare Serverless, self-managed EC2 and Kinesis with break-even crossovers"
                + " (same fields as POST /api/v1/plan; flags override --file).")
public final class PlanCommand implements Callable<Integer> {
    @Option(names = "--file", paramLabel = "FILE", description = "Request JSON (- for standard input)")
    String file;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Mixin
    PlanOptions flags;

    @Mixin
    PricingOptions pricingOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlanResponse response = new PlanService(pricingOptions.load()).plan(request());
        var out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(response));
            case csv -> out.print(PlanFormats.csv(response));
            default -> out.print(PlanFormats.table(response));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The file's JSON (if any) with every given flag laid over it, read as the API reads a body. */
    PlanRequest request() throws Exception {
        return PlanRequests.read(file, flags);
    }
}
