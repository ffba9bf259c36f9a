package mskplanner.rightsize;

import java.util.List;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;

/**
 * A cluster and its history, as one of the sources (CloudWatch, exported files, the demo) read it.
 *
 * @param cluster the cluster
 * @param series its metrics
 * @param window the window read; null when it is to be inferred from the points (files)
 * @param source where it came from
 */
public record History(ClusterDescription cluster, List<MetricSeries> series, Window window, DataSource source) {
}
