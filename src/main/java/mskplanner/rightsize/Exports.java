package mskplanner.rightsize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.metrics.file.ClusterFile;
import mskplanner.metrics.file.MetricsFile;

/**
 * The one reader of what the AWS CLI exported: {@code aws cloudwatch get-metric-data} and
 * {@code aws kafka describe-cluster-v2}, whether passed as files to the CLI or uploaded to the page or the API. The
 * report names the metrics export by its file name, so the same files give the same report everywhere.
 */
public final class Exports {
    /** The cap of an upload of both exports; two weeks of 1-minute data for a few dozen brokers fits well within it. */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    static final String KIND = "metrics file";

    private Exports() {
    }

    /** The window is left to be inferred from the points. */
    public static History read(InputStream metricsExport, String metricsFileName, InputStream clusterDescription)
            throws IOException {
        ClusterDescription cluster = ClusterFile.read(new String(clusterDescription.readAllBytes(), StandardCharsets.UTF_8));
        List<MetricSeries> series = MetricsFile.read(metricsExport);
        return new History(cluster, series, null, DataSource.of(KIND, metricsFileName));
    }
}
