package mskplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.metrics.file.ClusterFile;
import mskplanner.metrics.file.MetricsFile;
import mskplanner.pricing.PricingData;

/** {@code --metrics-file} and {@code --cluster-file}: exports made with the AWS CLI, no AWS calls. */
record FileSource(Path metricsFile, Path clusterFile) implements RightsizeCommand.Source {
    @Override
    public History read(PricingData pricing) throws IOException {
        ClusterDescription cluster;
        try (InputStream in = RightsizeCommand.open(clusterFile, "--cluster-file")) {
            cluster = ClusterFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = RightsizeCommand.open(metricsFile, "--metrics-file")) {
            return new History(cluster, MetricsFile.read(in), null,
                    DataSource.of("metrics file", String.valueOf(metricsFile.getFileName())));
        }
    }

    @Override
    public RuntimeException noData(NoMetricDataException e) {
        return new InvalidInputException("--metrics-file", metricsFile, "a get-metric-data export with data: " + e.getMessage());
    }
}
