package mskplanner.cli;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import mskplanner.aws.RetryWatch;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.Verdict;
import mskplanner.metrics.FetchProgress;
import mskplanner.metrics.MetricPeriod;
import mskplanner.metrics.aws.AwsClients;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.RightsizeService;
import mskplanner.rightsize.fleet.Fleet;
import mskplanner.rightsize.fleet.FleetEntry;
import mskplanner.rightsize.fleet.FleetFormats;
import mskplanner.rightsize.fleet.FleetReport;
import mskplanner.rightsize.report.RightsizeFormat;

/**
 * {@code rightsize --all-clusters}: the fleet of each region from {@link AwsFleet} (CloudWatch read in batches across
 * clusters), right-sized by {@link Fleet}, written as one fleet report. A region that cannot be listed is one line on
 * stderr and a line of the report. Exit 0 when every cluster was reported, 3 when AWS failed for all of them (or for
 * every region's listing).
 */
final class FleetRun {
    private final RightsizeCommand c;

    FleetRun(RightsizeCommand command) {
        this.c = command;
    }

    int run(PricingData pricing, RightsizeOptions options) throws IOException {
        List<String> regions = regions();
        int period = validate(pricing.limits().cloudwatch());
        var err = c.spec.commandLine().getErr();
        RetryWatch.Listener retries = c.quiet ? RetryWatch.Listener.NONE : RetryLines.to(err, c.maxAttempts);
        FleetReport report;
        try (AwsFleet aws = new AwsFleet(Optional.ofNullable(c.profile), Optional.ofNullable(c.endpointUrl), c.maxAttempts,
                retries, AwsSource.window(c.days, period), pricing);
             FetchProgress progress = ConsoleProgress.create(c.quiet, "Clusters", " clusters")) {
            report = new Fleet(new RightsizeService(pricing), options).analyse(regions, c.days, aws, progress);
        }
        // One line per region that could not be listed; the report names them too.
        report.failedRegions().forEach(f -> err.println("msk-planner: " + f.reason()));
        write(report);
        if (report.allFailed()) {
            if (!report.entries().isEmpty()) {
                err.println("msk-planner: AWS failed for every cluster (" + report.entries().size() + "); the first: "
                        + report.entries().get(0).reason().orElse(""));
            }
            return ExitCodes.AWS_UNAVAILABLE;
        }
        return ExitCodes.OK;
    }

    private List<String> regions() {
        if (c.clusterArn != null || c.metricsFile != null || c.demo || c.prometheusOptions.url != null) {
            throw new InvalidInputException("--all-clusters", "with another source",
                    "--all-clusters alone: it reads every cluster from AWS (leave out --cluster-arn, --metrics-file, --demo, --prometheus-url)");
        }
        List<String> regions = c.regions.isEmpty() ? AwsClients.defaultRegion().map(List::of).orElse(List.of()) : c.regions;
        if (regions.isEmpty()) {
            throw new InvalidInputException("--region", "none", "one or more region codes such as us-east-1 (no default region is configured)");
        }
        regions.stream().filter(r -> !r.matches(AwsSource.REGION)).findFirst().ifPresent(r -> {
            throw new InvalidInputException("--region", r, "an AWS region code such as us-east-1");
        });
        return List.copyOf(new LinkedHashSet<>(regions));
    }

    /** The checks AwsSource makes for one cluster, made once so a bad flag is exit 2; returns the period. */
    private int validate(Limits.CloudWatch cw) {
        if (c.maxAttempts < 1 || c.maxAttempts > 20) {
            throw new InvalidInputException("--max-attempts", c.maxAttempts, "1 to 20");
        }
        return c.period == null ? MetricPeriod.choose(c.days, cw) : MetricPeriod.validate(c.period, c.days, cw);
    }

    private void write(FleetReport report) throws IOException {
        RightsizeFormat chosen = c.format != null ? c.format : c.out != null ? RightsizeFormat.forFile(c.out) : RightsizeFormat.md;
        String text = FleetFormats.render(report, chosen);
        var stdout = c.spec.commandLine().getOut();
        if (c.out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        AtomicOutput.write(c.out, text);
        if (!c.quiet) {
            long verdicts = report.entries().stream().filter(e -> e.outcome() == FleetEntry.Outcome.VERDICT).count();
            stdout.println("Wrote " + c.out + ": " + report.entries().size() + " clusters, " + verdicts + " with a verdict, "
                    + Verdict.describeChange(report.summary().monthlyChangeUsd()));
            stdout.flush();
        }
    }
}
