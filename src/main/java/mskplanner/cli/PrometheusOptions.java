package mskplanner.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code rightsize --prometheus-url}: where Prometheus is, and the queries that replace the defaults. */
final class PrometheusOptions {
    @Option(names = "--prometheus-url", paramLabel = "URL",
            description = "Read the history from this Prometheus server (MSK open monitoring), with --cluster-arn or --cluster-file for the cluster's shape")
    String url;

    @Option(names = "--promql", paramLabel = "KEY=QUERY",
            description = "Replace a default query (keys bytesIn, bytesOut, cpu, diskUsedPercent, partitions; one series per broker by its instance label)")
    List<String> promql = new ArrayList<>();

    @Option(names = "--prometheus-end", hidden = true, paramLabel = "INSTANT",
            description = "End of the window instead of now, ISO-8601 (tests, replays)")
    String end;
}
