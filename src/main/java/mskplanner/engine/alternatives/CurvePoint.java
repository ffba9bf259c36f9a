package mskplanner.engine.alternatives;

import java.math.BigDecimal;

/**
 * One sampled cost of a deployment.
 *
 * @param avgIngressGBPerHour average ingress, data GB per hour
 * @param monthlyUsd monthly cost there, unrounded
 */
public record CurvePoint(double avgIngressGBPerHour, BigDecimal monthlyUsd) {
}
