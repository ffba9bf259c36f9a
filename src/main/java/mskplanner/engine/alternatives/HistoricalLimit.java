package mskplanner.engine.alternatives;

/**
 * An older value of a quota, shown for context (e.g. the seed guide's "120 partitions, 24 h retention" for
 * Serverless). Never used as a rule: a workload is judged by current quotas only.
 *
 * @param quota the quota's name
 * @param olderLimit the older value with its unit
 * @param currentLimit the current value with its unit, as the bundled limits hold it
 * @param asOf when the older value applied
 * @param note where the older value comes from
 */
public record HistoricalLimit(String quota, String olderLimit, String currentLimit, String asOf, String note) {
}
