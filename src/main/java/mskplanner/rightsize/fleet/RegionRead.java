package mskplanner.rightsize.fleet;

import java.util.Map;
import java.util.Objects;
import mskplanner.engine.rightsize.FetchCost;
import mskplanner.rightsize.History;

/**
 * A region's clusters, their histories read together (CloudWatch batches across clusters).
 *
 * @param histories by cluster ARN, the clusters that could be read
 * @param failures by cluster ARN, why the others could not (a {@code NoMetricsException} when one had no data)
 * @param cloudWatch every call, retry and metric of the region's reads, whichever cluster it was for
 */
public record RegionRead(Map<String, History> histories, Map<String, RuntimeException> failures, FetchCost cloudWatch) {
    public RegionRead {
        histories = Map.copyOf(histories);
        failures = Map.copyOf(failures);
        Objects.requireNonNull(cloudWatch, "cloudWatch");
    }
}
