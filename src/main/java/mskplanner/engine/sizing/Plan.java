package mskplanner.engine.sizing;

import java.util.List;
import mskplanner.engine.price.PriceSource;

/**
 * A workload sized for every Standard and Express broker size, with the pick per class. Infeasible options are listed
 * with {@code fitsQuota = false}, never thrown.
 *
 * @param preset how Standard brokers were sized
 * @param region the region whose prices were used
 * @param pricing where those prices came from
 * @param workload the resolved workload
 * @param partitions the partition plan
 * @param options every size, in catalog order (Standard, then Express)
 * @param recommended the pick per class
 * @param assumptions every factor used
 * @param warnings what to know about the plan as a whole
 * @param unpricedSizes the catalog's broker sizes the region's prices could not cover, left out of the options
 */
public record Plan(Preset preset, String region, PriceSource pricing, WorkloadProfile workload, PartitionPlan partitions,
                   List<SizedOption> options, Recommendations recommended, Assumptions assumptions,
                   List<String> warnings, List<String> unpricedSizes) {
    public Plan {
        options = List.copyOf(options);
        warnings = List.copyOf(warnings);
        unpricedSizes = List.copyOf(unpricedSizes);
    }
}
