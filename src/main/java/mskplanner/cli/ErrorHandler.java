package mskplanner.cli;

import mskplanner.app.Problems;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.metrics.prometheus.PrometheusUnavailableException;
import mskplanner.pricing.PricingDataException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Known failures become one line on stderr and an exit code (2 bad input, 3 AWS, 4 pricing data); only an
 * unexpected error prints a stack trace, and only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        var err = cmd.getErr();
        var problem = Problems.of(e);
        if (problem.isPresent()) {
            err.println("msk-planner: " + problem.get().detail());
            return ExitCodes.USAGE;
        }
        if (e instanceof AwsUnavailableException) {
            err.println("msk-planner: " + e.getMessage());
            return ExitCodes.AWS_UNAVAILABLE;
        }
        if (e instanceof PrometheusUnavailableException) {
            err.println("msk-planner: " + e.getMessage());
            return ExitCodes.AWS_UNAVAILABLE;
        }
        if (e instanceof PricingDataException) {
            err.println("msk-planner: pricing data: " + e.getMessage());
            return ExitCodes.PRICING_DATA;
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
            err.println("msk-planner: file not found: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("msk-planner: unexpected error: " + e);
        if (parseResult.hasMatchedOption("--verbose") || Boolean.getBoolean("mskplanner.verbose")) {
            e.printStackTrace(err);
        }
        return ExitCodes.UNEXPECTED;
    }
}
