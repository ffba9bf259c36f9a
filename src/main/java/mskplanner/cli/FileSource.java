package mskplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.Exports;
import mskplanner.rightsize.History;

/** {@code --metrics-file} and {@code --cluster-file}: exports made with the AWS CLI, no AWS calls. */
record FileSource(Path metricsFile, Path clusterFile) implements RightsizeCommand.Source {
    @Override
    public History read(PricingData pricing) throws IOException {
        try (InputStream cluster = RightsizeCommand.open(clusterFile, "--cluster-file");
             InputStream metrics = RightsizeCommand.open(metricsFile, "--metrics-file")) {
            return Exports.read(metrics, String.valueOf(metricsFile.getFileName()), cluster);
        }
    }

    @Override
    public RuntimeException noData(NoMetricDataException e) {
        return new InvalidInputException("--metrics-file", metricsFile, "a get-metric-data export with data: " + e.getMessage());
    }
}
