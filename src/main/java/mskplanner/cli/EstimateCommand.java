package mskplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mskplanner.app.Json;
import mskplanner.app.estimate.EstimateFormats;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.app.estimate.EstimateResponse;
import mskplanner.app.estimate.EstimateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msk-planner estimate --file clusters.json}: the monthly bill of given clusters. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Price given MSK clusters for a month, line by line (same JSON as POST /api/v1/estimate).",
        footer = {"", "Examples:", "  msk-planner estimate --file docs/examples/clusters.json", "  msk-planner estimate --file docs/examples/clusters.json --output csv"})
public final class EstimateCommand implements Callable<Integer> {
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "Request JSON (- for standard input)")
    String file;

    @Option(names = {"--format", "--output"}, defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Mixin
    PricingOptions pricingOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String json = "-".equals(file) ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                : Files.readString(Path.of(file));
        if (json.isBlank()) {
            throw new mskplanner.engine.InvalidInputException("--file", file, "a file holding a JSON object");
        }
        EstimateRequest request = Json.mapper().readValue(json, EstimateRequest.class);
        EstimateResponse response = new EstimateService(pricingOptions.load()).estimate(request);
        var out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(response));
            case csv -> out.print(EstimateFormats.csv(response));
            default -> out.print(EstimateTable.of(response));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
