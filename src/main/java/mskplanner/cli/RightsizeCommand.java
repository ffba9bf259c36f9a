package mskplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mskplanner.app.plan.TopicRequest;
import mskplanner.rightsize.History;
import mskplanner.rightsize.RightsizeService;
import mskplanner.rightsize.report.RightsizeFormat;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.aws.RetryWatch;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.price.UnknownPriceException;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code msk-planner rightsize}: is a running cluster the right size? Reads its history from CloudWatch
 * ({@code --cluster-arn}), from files ({@code --metrics-file}, {@code --cluster-file}) or makes one up
 * ({@code --demo}), and writes a report with a verdict.
 */
@Command(name = "rightsize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Right-size a running MSK cluster from its CloudWatch history: statistics, trends, the measured "
                + "workload and a verdict (right-sized, over-provisioned, under-provisioned or switch deployment type).",
                "Needs kafka:DescribeClusterV2, kafka:ListNodes and cloudwatch:GetMetricData (not with --demo or --metrics-file); "
                        + "--all-clusters also kafka:ListClustersV2."},
        footer = {"", "Examples:", "  msk-planner rightsize --demo --topics topics.csv",
                "  msk-planner rightsize --metrics-file metrics.json --cluster-file cluster.json"})
public final class RightsizeCommand implements Callable<Integer> {
    @Option(names = "--cluster-arn", paramLabel = "ARN", description = "The cluster to read from AWS")
    String clusterArn;

    @Option(names = "--all-clusters", description = "Right-size every provisioned cluster of the account "
            + "(kafka:ListClustersV2 in each --region) and write one fleet report")
    boolean allClusters;

    @Option(names = "--days", defaultValue = "14", description = "History to read, days (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--period", paramLabel = "SECONDS",
            description = "CloudWatch period (default: 60 up to 15 days, 300 up to 63, 3600 beyond)")
    Integer period;

    @Option(names = "--region", arity = "1..*", paramLabel = "REGION",
            description = "AWS region (default: the ARN's region); with --all-clusters one or more (default: the SDK's region)")
    List<String> regions = new ArrayList<>();

    @Option(names = "--profile", description = "Named AWS profile (default: the SDK's default credentials chain)")
    String profile;

    @Option(names = {"--format", "--output"}, description = "html, md or json (default: from the --out extension, else md)")
    RightsizeFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here (default: standard output)")
    Path out;

    @Option(names = "--quiet", description = "No progress bar and no summary line")
    boolean quiet;

    @Option(names = "--metrics-file", paramLabel = "FILE", description = "JSON printed by aws cloudwatch get-metric-data (query ids like bytesin_b1)")
    Path metricsFile;

    @Option(names = "--cluster-file", paramLabel = "FILE", description = "JSON printed by aws kafka describe-cluster-v2 (with --metrics-file)")
    Path clusterFile;

    @Option(names = "--demo", description = "Analyse a made-up but realistic 6-broker cluster (no AWS needed)")
    boolean demo;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the --demo history (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--peak-percentile", defaultValue = "99", description = "Percentile taken as peak ingress/egress (default: ${DEFAULT-VALUE})")
    double peakPercentile;

    @Option(names = "--replication-factor", defaultValue = "3", description = "Replication factor, to count leader partitions (default: ${DEFAULT-VALUE})")
    int replicationFactor;

    @Option(names = "--endpoint-url", hidden = true, description = "Send MSK and CloudWatch calls here (tests, stubs)")
    URI endpointUrl;

    @Option(names = "--max-attempts", hidden = true, defaultValue = "8", description = "Attempts per AWS call, retries included")
    int maxAttempts;

    @Mixin
    PricingOptions pricingOptions;

    @Mixin
    PrometheusOptions prometheusOptions;

    @Mixin
    TopicOptions topics;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Source source = allClusters ? null : source();
        PricingData pricing = pricingOptions.load();
        RightsizeOptions options = RightsizeOptions.DEFAULTS.withPeakPercentile(peakPercentile)
                .withReplicationFactor(replicationFactor);
        if (allClusters) {
            if (topics.given()) {
                throw new InvalidInputException("--topics", "with --all-clusters", "one cluster's inventory: use it"
                        + " without --all-clusters (with --cluster-arn, --metrics-file, --prometheus-url or --demo)");
            }
            return new FleetRun(this).run(pricing, options);
        }
        List<TopicRequest> inventory = topics.requests();
        History history = source.read(pricing);
        RightsizeReport report = analyse(pricing, options, history, source, inventory);
        RightsizeFormat chosen = format != null ? format : out != null ? RightsizeFormat.forFile(out) : RightsizeFormat.md;
        write(chosen.render(report), report);
        return ExitCodes.OK;
    }

    private Source source() {
        if (prometheusOptions.url != null) {
            return PrometheusSource.from(this, prometheusOptions, demo || metricsFile != null);
        }
        int chosen = (demo ? 1 : 0) + (metricsFile != null ? 1 : 0) + (clusterArn != null ? 1 : 0);
        if (chosen != 1) {
            throw new InvalidInputException("source", chosen == 0 ? "none" : "several",
                    "exactly one of --cluster-arn ARN, --metrics-file FILE (with --cluster-file FILE) or --demo");
        }
        if (metricsFile != null && clusterFile == null) {
            throw new InvalidInputException("--cluster-file", "missing",
                    "the output of aws kafka describe-cluster-v2 --cluster-arn ARN, next to --metrics-file");
        }
        if (demo) {
            return new DemoSource(seed, days, period, Instant.now().truncatedTo(ChronoUnit.DAYS));
        }
        if (metricsFile != null) {
            return new FileSource(metricsFile, clusterFile);
        }
        return new AwsSource(clusterArn, Optional.ofNullable(region()), Optional.ofNullable(profile),
                Optional.ofNullable(endpointUrl), maxAttempts, days, period, ConsoleProgress.create(quiet),
                quiet ? RetryWatch.Listener.NONE : RetryLines.to(spec.commandLine().getErr(), maxAttempts));
    }

    /** The one region of a single-cluster run; null for the ARN's. */
    String region() {
        if (regions.size() > 1) {
            throw new InvalidInputException("--region", String.join(" ", regions),
                    "one region for one cluster; several only with --all-clusters");
        }
        return regions.isEmpty() ? null : regions.get(0);
    }

    private RightsizeReport analyse(PricingData pricing, RightsizeOptions options, History h, Source source,
                                    List<TopicRequest> inventory) {
        try {
            return new RightsizeService(pricing).analyse(h, options, inventory);
        } catch (NoMetricDataException e) {
            throw source.noData(e);
        } catch (PricingDataException | UnknownPriceException e) {
            throw new PricingDataException(e.getMessage() + ": pass --pricing-dir with a copy that has it", e);
        }
    }

    private void write(String text, RightsizeReport report) throws IOException {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        AtomicOutput.write(out, text);
        if (!quiet) {
            spec.commandLine().getOut().println("Wrote " + out + ": " + report.verdict().headline());
            spec.commandLine().getOut().flush();
        }
    }

    static InputStream open(Path file, String option) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(option, file, "an existing, readable file");
        }
    }

    /** Where the history comes from. */
    interface Source {
        History read(PricingData pricing) throws IOException;

        /** What "no usable data" means for this source: exit 2 for files, exit 3 for AWS. */
        RuntimeException noData(NoMetricDataException e);
    }

    static RuntimeException awsNoData(NoMetricDataException e) {
        return new AwsUnavailableException(e.getMessage() + ": is the cluster name right, and did it have traffic in the window?", e);
    }
}
