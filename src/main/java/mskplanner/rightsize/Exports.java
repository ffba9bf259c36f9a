package mskplanner.rightsize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.metrics.file.ClusterFile;
import mskplanner.metrics.file.MetricsFile;
import mskplanner.metrics.prometheus.BrokerInstances;
import mskplanner.metrics.prometheus.PromQueries;
import mskplanner.metrics.prometheus.PrometheusExport;

/**
 * The one reader of what the AWS CLI exported: {@code aws cloudwatch get-metric-data} (or saved Prometheus
 * {@code query_range} answers) and {@code aws kafka describe-cluster-v2}, whether passed as files to the CLI or uploaded to the page or the API. The
 * report names the metrics export by its file name, so the same files give the same report everywhere.
 */
public final class Exports {
    /** The cap of an upload of both exports; two weeks of 1-minute data for a few dozen brokers fits well within it. */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    static final String KIND = "metrics file";
    static final String PROMETHEUS_KIND = "Prometheus export";
    /** The first key of an export sits in its first bytes; only these are read twice. */
    private static final int PEEK_BYTES = 64 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private Exports() {
    }

    /**
     * The window is left to be inferred from the points. The metrics export is either what
     * {@code aws cloudwatch get-metric-data} printed or saved Prometheus {@code query_range} answers keyed as
     * {@code --promql} keys them ({@code {"bytesIn": <answer>, "cpu": <answer>, ...}}), told apart by its first key.
     */
    public static History read(InputStream metricsExport, String metricsFileName, InputStream clusterDescription)
            throws IOException {
        ClusterDescription cluster = ClusterFile.read(new String(clusterDescription.readAllBytes(), StandardCharsets.UTF_8));
        BufferedInputStream in = new BufferedInputStream(metricsExport, PEEK_BYTES);
        if (isPrometheusExport(in)) {
            List<MetricSeries> series = PrometheusExport.read(in);
            return new History(BrokerInstances.expectedBrokers(cluster, series), series, null,
                    DataSource.of(PROMETHEUS_KIND, metricsFileName));
        }
        List<MetricSeries> series = MetricsFile.read(in);
        return new History(cluster, series, null, DataSource.of(KIND, metricsFileName));
    }

    /** True when the document's first key, within its first bytes, is a {@code --promql} key ({@code bytesIn}, ...). */
    static boolean isPrometheusExport(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        try (JsonParser p = JSON.createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                return false;
            }
            String first = p.currentName();
            return Arrays.stream(PromQueries.Key.values()).anyMatch(k -> k.flagName().equals(first));
        } catch (JsonProcessingException e) {
            return false; // not JSON, or its first key lies past the peek: the CloudWatch reader says what is wrong
        }
    }
}
