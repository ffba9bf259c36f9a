package mskplanner.rightsize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.PlannerSizing;
import mskplanner.engine.rightsize.Judgement;
import mskplanner.engine.rightsize.MeasuredProfile;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.ObservedLoad;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SizingPort;
import mskplanner.engine.rightsize.VerdictRules;
import mskplanner.engine.rightsize.Window;

/**
 * Right-sizes a cluster from its history (sizing-model.md section 7): statistics per metric and broker, cluster
 * aggregates, daily p95 trends and threshold dates, the measured workload, and the verdict. Pure: no I/O, so the CLI
 * and the web page share it.
 */
public final class Rightsizer {
    private final Catalog catalog;
    private final Limits limits;
    private final CostCalculator costs;
    private final Supplier<SizingPort> sizing;
    private final RightsizeOptions options;

    /** With the sizing engine behind the verdict, priced in {@code prices}' region. */
    public Rightsizer(Catalog catalog, Limits limits, PriceSheet prices, RightsizeOptions options) {
        this(catalog, limits, new CostCalculator(prices, options.hoursPerMonth()),
                () -> new PlannerSizing(catalog, limits, prices, options), options);
    }

    /** With another sizing model behind the verdict, e.g. a fake in tests. */
    public Rightsizer(Catalog catalog, Limits limits, CostCalculator costs, SizingPort sizing, RightsizeOptions options) {
        this(catalog, limits, costs, () -> sizing, options);
    }

    /** Keeps no state between analyses (each gets its own sizing port), so one instance can serve many threads. */
    private Rightsizer(Catalog catalog, Limits limits, CostCalculator costs, Supplier<SizingPort> sizing,
                       RightsizeOptions options) {
        this.catalog = catalog;
        this.limits = limits;
        this.costs = costs;
        this.sizing = sizing;
        this.options = options;
    }

    /** Analyses a history whose window is inferred from the points (e.g. an uploaded export). */
    public RightsizeReport analyse(ClusterDescription cluster, List<MetricSeries> series, DataSource source) {
        return analyse(cluster, series, null, source);
    }

    /** Analyses the history in {@code window}; a null window is inferred from the points. */
    public RightsizeReport analyse(ClusterDescription cluster, List<MetricSeries> series, Window window, DataSource source) {
        requireProvisioned(cluster);
        SeriesSet set = new SeriesSet(series);
        Window w = window != null ? window : set.inferWindow();
        List<String> withData = set.brokersWithData();
        List<String> brokers = cluster.brokerIds().isEmpty() ? withData : sorted(cluster.brokerIds());
        List<String> warnings = new ArrayList<>(set.notes());
        brokers.stream().filter(b -> !withData.contains(b)).forEach(b -> warnings.add("Broker " + b
                + " reported no data in the window: was it down or replaced? Its load is missing from the totals."));
        ClusterHistory h = new ClusterHistory(set, w, brokers);
        requireData(cluster, h, w);
        ClusterDescription described = cluster.withBrokerIds(brokers);
        MeasuredProfile profile = profile(described, h, warnings);
        ObservedLoad measured = new ObservedLoad(Statistics.percentile(Aligned.present(h.cpuHottest), 95),
                Statistics.percentile(Aligned.present(h.cpuHottest), 100), diskP95(h), profile);
        VerdictRules rules = new VerdictRules(catalog, limits, costs, sizing.get(), options);
        Forecasts.Result f = new Forecasts(limits, options).of(h, measured, rules.capacity(described, profile));
        Judgement j = rules.judge(described, measured, f.demand(), silent(cluster, brokers, withData));
        warnings.addAll(assumptionNotes(described, profile));
        return new RightsizeReport(described, w, source, options, Summaries.brokerMetrics(h), Summaries.clusterMetrics(h),
                f.trends(), f.crossings(), profile, j.capacity(), j.currentCost(), j.alternatives(), j.verdict(),
                warnings, Summaries.views(h), java.util.Optional.empty());
    }

    /**
     * The brokers that reported nothing: those listed without data or, when the cluster lists no broker ids, the ids
     * 1..N (MSK's numbering) missing from the data of an N-broker cluster.
     */
    private static List<String> silent(ClusterDescription cluster, List<String> brokers, List<String> withData) {
        List<String> silent = new ArrayList<>(brokers.stream().filter(b -> !withData.contains(b)).toList());
        if (cluster.brokerIds().isEmpty()) {
            int missing = cluster.brokerCount() - withData.size();
            for (int id = 1; id <= cluster.brokerCount() && silent.size() < missing; id++) {
                if (!withData.contains(String.valueOf(id))) {
                    silent.add(String.valueOf(id));
                }
            }
        }
        return silent;
    }

    private static void requireProvisioned(ClusterDescription cluster) {
        if (cluster.clusterType() != ClusterDescription.ClusterType.PROVISIONED) {
            throw new InvalidInputException("cluster.clusterType", cluster.clusterType(),
                    "PROVISIONED (Standard or Express brokers): right-sizing MSK Serverless is not supported");
        }
    }

    private static void requireData(ClusterDescription cluster, ClusterHistory h, Window w) {
        if (Aligned.present(h.ingressMBps).length == 0 || Aligned.present(h.cpuHottest).length == 0) {
            throw new NoMetricDataException("no BytesInPerSec or CPU data for cluster '" + cluster.name() + "' in "
                    + cluster.region() + " between " + w.start() + " and " + w.end());
        }
    }

    private MeasuredProfile profile(ClusterDescription c, ClusterHistory h, List<String> warnings) {
        double[] in = Aligned.present(h.ingressMBps);
        double[] out = Aligned.present(h.egressMBps);
        double[] replicas = Aligned.present(h.partitionReplicas);
        int rf = options.replicationFactor();
        int maxReplicas = replicas.length == 0 ? 0 : (int) Math.round(Statistics.percentile(replicas, 100));
        if (replicas.length == 0) {
            warnings.add("No PartitionCount data: partitions are left out of the verdict.");
        }
        double pct = options.peakPercentile();
        return new MeasuredProfile(Statistics.mean(in), Statistics.percentile(in, pct),
                out.length == 0 ? 0 : Statistics.mean(out), out.length == 0 ? 0 : Statistics.percentile(out, pct),
                (int) Math.ceil(maxReplicas / (double) rf), maxReplicas, rf, storageUsedGiB(c, h, warnings), pct,
                c.availabilityZones(), c.storageMode() == ClusterDescription.StorageMode.TIERED);
    }

    private double storageUsedGiB(ClusterDescription c, ClusterHistory h, List<String> warnings) {
        if (c.express()) {
            double[] used = ClusterHistory.lastDayMax(new double[][] {h.storageUsedGiB}, h.window);
            if (h.storageUsedGiB.length == 0 || Double.isNaN(used[0])) {
                warnings.add("No StorageUsed data: Express storage is priced at 0 GiB.");
                return 0;
            }
            return used[0];
        }
        double total = 0;
        for (double percent : ClusterHistory.lastDayMax(h.disk.values(), h.window)) {
            total += Double.isNaN(percent) ? 0 : percent / 100 * c.volumeSizeGiB();
        }
        if (h.disk.brokers().isEmpty()) {
            warnings.add("No KafkaDataLogsDiskUsed data: disk use is left out of the verdict.");
        }
        return total / options.replicationFactor();
    }

    private static OptionalDouble diskP95(ClusterHistory h) {
        double[] disk = Aligned.present(h.diskFullest);
        return disk.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(Statistics.percentile(disk, 95));
    }

    private List<String> assumptionNotes(ClusterDescription c, MeasuredProfile p) {
        List<String> notes = new ArrayList<>();
        notes.add("Leader partitions assume replication factor " + options.replicationFactor()
                + " (not visible in CloudWatch; set --replication-factor).");
        notes.add(String.format(Locale.ROOT, "Options are sized with a retention of %.0f hours, the time the "
                + "data stored now took to arrive at the average ingress (retention is not visible in CloudWatch).",
                PlannerSizing.retentionHours(p)));
        notes.add("Cross-AZ transfer counts producer traffic only (consumers taken as rack-aware); MSK Serverless needs "
                + "IAM client authentication.");
        if (c.storageMode() == ClusterDescription.StorageMode.TIERED) {
            notes.add("Tiered storage is on: its GB-month cost is not in the current cost (these metrics do not show it).");
        }
        return notes;
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted(SeriesSet.BROKER_ORDER).toList();
    }
}
