package mskplanner.rightsize;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import mskplanner.app.plan.TopicMapping;
import mskplanner.app.plan.TopicRequest;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.rightsize.ClusterTopics;
import mskplanner.engine.topics.TopicInventory;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingDataException;

/**
 * Right-sizing as the CLI, the page and the API use it: a cluster's history and the settings in, the typed report
 * out, priced in the cluster's region. Knows nothing of HTTP or output formats.
 */
public final class RightsizeService {
    /** The names of the uploads, as form fields of the page and the API. */
    public static final String METRICS_FILE = "metricsFile";
    public static final String CLUSTER_FILE = "clusterFile";

    private final PricingData pricing;

    public RightsizeService(PricingData pricing) {
        this.pricing = pricing;
    }

    public PricingData pricing() {
        return pricing;
    }

    /**
     * With a topic inventory ({@code topics} empty = none): the report carries the current bill's storage split per
     * topic and the tiered-storage advice on the cluster's brokers, in every format. A topic that leaves out its
     * replication factor takes the options' (the cluster's topics' RF). The inventory is checked before the history,
     * so a bad row fails at once, named by topic and field.
     */
    public RightsizeReport analyse(History history, RightsizeOptions options, List<TopicRequest> topics) {
        if (topics.isEmpty()) {
            return analyse(history, options);
        }
        TopicInventory inventory = TopicMapping.inventory(topics,
                new TopicMapping.Defaults(options.replicationFactor(), null, null, null));
        RightsizeReport report = analyse(history, options);
        return report.withTopics(ClusterTopics.of(inventory, report.cluster(), report.currentCost(), pricing.catalog(),
                new CostCalculator(pricing.sheet(report.cluster().region()), options.hoursPerMonth()),
                options.diskHeadroom()));
    }

    /**
     * @throws PricingDataException when the pricing data has no prices for the cluster's region
     * @throws mskplanner.engine.rightsize.NoMetricDataException when the history has no usable points
     */
    public RightsizeReport analyse(History history, RightsizeOptions options) {
        String region = history.cluster().region();
        if (pricing.find(region).isEmpty()) {
            throw new PricingDataException("no prices for " + region + " in the " + pricing.origin()
                    + " pricing data (regions: " + String.join(", ", pricing.regions()) + ")");
        }
        return new Rightsizer(pricing.catalog(), pricing.limits(), pricing.sheet(region), options)
                .analyse(history.cluster(), history.series(), history.window(), history.source());
    }

    /**
     * Uploaded exports (the page and {@code POST /api/v1/rightsize}): bad input fails with an InvalidInputException
     * naming the upload ({@value #METRICS_FILE}, {@value #CLUSTER_FILE}), the setting or the place in the file.
     */
    public RightsizeReport analyseUploads(InputStream metricsExport, String metricsFileName, InputStream clusterDescription,
                                          Map<String, String> settings) throws IOException {
        return analyseUploads(metricsExport, metricsFileName, clusterDescription, settings, List.of());
    }

    /** The same with a topic inventory (as read by {@code TopicInventoryText.read(inventory, throughput)}). */
    public RightsizeReport analyseUploads(InputStream metricsExport, String metricsFileName, InputStream clusterDescription,
                                          Map<String, String> settings, List<TopicRequest> topics) throws IOException {
        RightsizeOptions options = RightsizeSettings.options(settings);
        History history = Exports.read(metricsExport, metricsFileName, clusterDescription);
        String region = history.cluster().region();
        if (pricing.find(region).isEmpty()) {
            throw new InvalidInputException(CLUSTER_FILE, region, "a cluster in a region with prices: " + String.join(", ", pricing.regions()));
        }
        try {
            return analyse(history, options, topics);
        } catch (NoMetricDataException e) {
            throw new InvalidInputException(METRICS_FILE, metricsFileName, "a get-metric-data export with data: " + e.getMessage());
        }
    }
}
