package mskplanner.cli;

import java.io.IOException;
import java.util.ArrayList;
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
import mskplanner.metrics.aws.AwsSettings;
import mskplanner.metrics.aws.CallCounter;
import mskplanner.metrics.aws.MskClusterLister;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.RightsizeService;
import mskplanner.rightsize.fleet.Fleet;
import mskplanner.rightsize.fleet.FleetEntry;
import mskplanner.rightsize.fleet.FleetFormats;
import mskplanner.rightsize.fleet.FleetMember;
import mskplanner.rightsize.fleet.FleetReport;
import mskplanner.rightsize.report.RightsizeFormat;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * {@code rightsize --all-clusters}: lists the clusters of each region, right-sizes each through {@link AwsSource}
 * (the {@code --cluster-arn} path) and writes one fleet report. Exit 0 when every cluster was reported, 3 when AWS
 * failed for all of them.
 */
final class FleetRun {
    private final RightsizeCommand c;

    FleetRun(RightsizeCommand command) {
        this.c = command;
    }

    int run(PricingData pricing, RightsizeOptions options) throws IOException {
        List<String> regions = regions();
        validate(pricing.limits().cloudwatch());
        RetryWatch.Listener retries = c.quiet ? RetryWatch.Listener.NONE : RetryLines.to(c.spec.commandLine().getErr(), c.maxAttempts);
        List<FleetMember> members = new ArrayList<>();
        for (String region : regions) {
            members.addAll(list(region, retries));
        }
        FleetReport report;
        try (FetchProgress progress = ConsoleProgress.create(c.quiet, "Clusters", " clusters")) {
            progress.start(members.size());
            report = new Fleet(new RightsizeService(pricing), options).analyse(regions, c.days, members,
                    m -> source(m, retries).read(pricing), () -> progress.advance(1));
        }
        write(report);
        if (report.allFailed()) {
            c.spec.commandLine().getErr().println("msk-planner: AWS failed for every cluster (" + report.entries().size()
                    + "); the first: " + report.entries().get(0).reason().orElse(""));
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

    /** The checks AwsSource makes per cluster, made once so a bad flag is exit 2, not a fleet of failures. */
    private void validate(Limits.CloudWatch cw) {
        if (c.maxAttempts < 1 || c.maxAttempts > 20) {
            throw new InvalidInputException("--max-attempts", c.maxAttempts, "1 to 20");
        }
        if (c.period == null) {
            MetricPeriod.choose(c.days, cw);
        } else {
            MetricPeriod.validate(c.period, c.days, cw);
        }
    }

    private List<FleetMember> list(String region, RetryWatch.Listener retries) {
        AwsSettings settings = AwsSettings.of(region, Optional.ofNullable(c.profile), Optional.ofNullable(c.endpointUrl), c.maxAttempts);
        try (KafkaClient kafka = AwsClients.kafka(settings, new CallCounter(retries))) {
            return new MskClusterLister(kafka, settings).list().stream()
                    .map(l -> new FleetMember(l.arn(), l.name(), l.region(), l.serverless(), l.state())).toList();
        }
    }

    private AwsSource source(FleetMember m, RetryWatch.Listener retries) {
        return new AwsSource(m.clusterArn(), Optional.of(m.region()), Optional.ofNullable(c.profile),
                Optional.ofNullable(c.endpointUrl), c.maxAttempts, c.days, c.period, FetchProgress.NONE, retries);
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
