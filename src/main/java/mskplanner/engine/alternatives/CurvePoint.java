package mskplanner.engine.alternatives;

/**
 * One sampled cost of a deployment: a point of its cost function, a double as the curves' segments are (shown rounded
 * to cents, {@code Money.cents}).
 *
 * @param avgIngressGBPerHour average ingress, data GB per hour
 * @param monthlyUsd monthly cost there, unrounded
 */
public record CurvePoint(double avgIngressGBPerHour, double monthlyUsd) {
}
