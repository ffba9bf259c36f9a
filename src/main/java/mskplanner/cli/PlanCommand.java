package mskplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanFormats;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;
import mskplanner.engine.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msk-planner plan --file profile.json} and/or flags: partitions, every broker option and the picks. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Size a workload for every MSK Standard and Express broker size, pick the cheapest per class, and"
                + " compare Serverless, self-managed EC2 and Kinesis with break-even crossovers"
                + " (same fields as POST /api/v1/plan; flags override --file).",
        footer = {"", "Examples:", "  msk-planner plan --avg-ingress-mbps 50 --peak-ingress-mbps 120", "  msk-planner plan --file docs/examples/profile.json --output json"})
public final class PlanCommand implements Callable<Integer> {
    @Option(names = "--file", paramLabel = "FILE", description = "Request JSON (- for standard input)")
    String file;

    @Option(names = {"--format", "--output"}, defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--batch", paramLabel = "FILE", description = "Plan every profile of a CSV file (a header row of "
            + "plan fields, one profile per row) or a JSON array: one row per profile, the pick; flags apply to every "
            + "profile. Refused profiles are listed, not fatal (exit 0); an unreadable file is exit 2.")
    Path batch;

    /** The plan request's flags, added to this command from the field declaration when picocli builds it. */
    final PlanOptions flags = new PlanOptions();

    @Mixin
    PricingOptions pricingOptions;

    @Mixin
    TopicOptions topics;

    picocli.CommandLine.Model.CommandSpec spec;

    @Spec
    void spec(picocli.CommandLine.Model.CommandSpec command) {
        this.spec = command;
        flags.addTo(command);
    }

    @Override
    public Integer call() throws Exception {
        try {
            return plan();
        } catch (InvalidInputException e) {
            throw flags.named(e, file != null);
        }
    }

    private int plan() throws Exception {
        if (batch != null) {
            if (topics.json().isPresent()) {
                throw new InvalidInputException("--batch", batch, "left out with a topic inventory (one plan per inventory)");
            }
            if (file != null) {
                throw new InvalidInputException("--file", file, "left out with --batch (the batch file holds every profile)");
            }
            return new BatchRun(spec.commandLine(), pricingOptions.load()).run(batch, format, flags.json());
        }
        PlanResponse response = new PlanService(pricingOptions.load()).plan(request());
        var out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(response));
            case csv -> out.print(PlanFormats.csv(response));
            default -> out.print(PlanTable.of(response));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The file's JSON (if any) with every given flag laid over it, read as the API reads a body. */
    PlanRequest request() throws Exception {
        return PlanRequests.read(file, flags, topics.json());
    }
}
