package mskplanner.engine.rightsize;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What reading the history from CloudWatch took and cost.
 *
 * @param apiCalls GetMetricData calls made (every page counts)
 * @param retries extra attempts after throttling or server errors
 * @param metricsRequested metrics requested, summed over calls (what CloudWatch bills)
 * @param datapoints data points returned
 * @param costUsd metricsRequested / 1000 x the published price, unrounded; empty when the region's price is unknown
 */
public record FetchCost(int apiCalls, int retries, long metricsRequested, long datapoints, Optional<BigDecimal> costUsd) {
}
