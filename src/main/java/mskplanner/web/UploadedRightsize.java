package mskplanner.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mskplanner.analysis.Rightsizer;
import mskplanner.app.Json;
import mskplanner.app.rightsize.RightsizeMapping;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.metrics.file.ClusterFile;
import mskplanner.metrics.file.MetricsFile;
import mskplanner.pricing.PricingData;
import mskplanner.web.page.rightsize.RightsizeFlow;

/**
 * Right-sizing of uploaded AWS CLI exports: what {@code rightsize --metrics-file --cluster-file} does, with the report
 * as its JSON. Reads only the uploads; no AWS call is made for a web visitor.
 */
final class UploadedRightsize implements RightsizeFlow {
    private final PricingData pricing;

    UploadedRightsize(PricingData pricing) {
        this.pricing = pricing;
    }

    @Override
    public JsonNode analyse(InputStream metricsExport, InputStream clusterDescription, Map<String, String> settings)
            throws IOException {
        RightsizeOptions options = options(settings);
        ClusterDescription cluster = ClusterFile.read(new String(clusterDescription.readAllBytes(), StandardCharsets.UTF_8));
        List<MetricSeries> series = MetricsFile.read(metricsExport);
        PriceSheet sheet = pricing.sheet(cluster.region());
        try {
            return Json.mapper().valueToTree(RightsizeMapping.toResponse(
                    new Rightsizer(pricing.catalog(), pricing.limits(), sheet, options)
                            .analyse(cluster, series, DataSource.of("metrics file", "uploaded get-metric-data export"))));
        } catch (NoMetricDataException e) {
            throw new InvalidInputException("metrics file", "(uploaded)", "a get-metric-data export with data: " + e.getMessage());
        }
    }

    private static RightsizeOptions options(Map<String, String> settings) {
        RightsizeOptions options = RightsizeOptions.DEFAULTS;
        String rf = settings.get("replicationFactor");
        if (rf != null) {
            try {
                options = options.withReplicationFactor(Integer.parseInt(rf));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("replicationFactor", rf, "1, 2 or 3");
            }
        }
        String percentile = settings.get("peakPercentile");
        if (percentile != null) {
            try {
                options = options.withPeakPercentile(Double.parseDouble(percentile));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("peakPercentile", percentile, "a percentile > 0 and <= 100 (99 is the default)");
            }
        }
        return options;
    }
}
