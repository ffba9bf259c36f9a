package mskplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanService;
import mskplanner.app.plan.batch.BatchFormats;
import mskplanner.app.plan.batch.BatchReader;
import mskplanner.app.plan.batch.BatchResult;
import mskplanner.app.plan.batch.BatchRow;
import mskplanner.app.plan.batch.PlanBatch;
import mskplanner.engine.InvalidInputException;
import mskplanner.pricing.PricingData;
import picocli.CommandLine;

/** {@code msk-planner plan --batch FILE}: the rows on standard output, the refused profiles named on standard error. */
final class BatchRun {
    private static final int NAMED_FAILURES = 10;

    private final CommandLine commandLine;
    private final PricingData pricing;

    BatchRun(CommandLine commandLine, PricingData pricing) {
        this.commandLine = commandLine;
        this.pricing = pricing;
    }

    int run(Path file, OutputFormat format, ObjectNode overrides) throws Exception {
        BatchResult result = new PlanBatch(new PlanService(pricing)).run(BatchReader.read(read(file)), overrides);
        var out = commandLine.getOut();
        switch (format) {
            case json -> out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(BatchFormats.json(result)));
            case csv -> out.print(BatchFormats.csv(result));
            default -> out.print(BatchTable.of(result));
        }
        if (!CheckedOutput.flushed(out, commandLine.getErr(), "the batch rows")) {
            return ExitCodes.UNEXPECTED;
        }
        reportFailures(result);
        return ExitCodes.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("--batch", file, "a readable UTF-8 CSV or JSON file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void reportFailures(BatchResult result) {
        List<BatchRow> failed = result.failures();
        if (failed.isEmpty()) {
            return;
        }
        String numbers = failed.stream().limit(NAMED_FAILURES).map(r -> String.valueOf(r.profile())).collect(Collectors.joining(", "));
        var err = commandLine.getErr();
        err.printf("msk-planner: %d of %d profiles refused (profile %s%s); the error column says why, e.g. profile %d: %s%n",
                failed.size(), result.rows().size(), numbers, failed.size() > NAMED_FAILURES ? ", ..." : "",
                failed.get(0).profile(), failed.get(0).error());
        err.flush();
    }
}
