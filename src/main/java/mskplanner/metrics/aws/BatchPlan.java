package mskplanner.metrics.aws;

import java.util.ArrayList;
import java.util.List;

/**
 * How GetMetricData queries, of one cluster or of a whole fleet, are packed into requests: pure arithmetic over
 * query counts and points, no AWS types.
 *
 * <p>CloudWatch bills every answered page for every metric of its request, and cuts an answer at
 * {@code maxDatapoints} points (the rest comes with NextToken). So a request takes units, in order, while it stays
 * within {@code maxQueries} queries and its answer within {@code maxDatapoints} points: each request is then
 * answered in one page, and each metric is billed once. Only a unit whose own series are longer than one answer
 * gets a request of its own and is paged.
 */
final class BatchPlan {
    private final List<Request> requests;

    /**
     * Queries that travel in one request: one metric, or the CPU expression with its two hidden parts.
     *
     * @param queries MetricDataQuery entries (expressions included; CloudWatch's limit counts them)
     * @param metrics queries that read a metric (what CloudWatch bills; expressions are free)
     * @param returned series that come back
     */
    record Unit(int queries, int metrics, int returned) {
        Unit {
            if (queries < 1 || metrics < 0 || metrics > queries || returned < 0 || returned > queries) {
                throw new IllegalArgumentException("a unit needs 1+ queries, 0..queries metrics and returned series, was "
                        + queries + "/" + metrics + "/" + returned);
            }
        }
    }

    /**
     * One GetMetricData request.
     *
     * @param from index of its first unit
     * @param to index after its last unit
     * @param queries queries in it (at most the API's limit)
     * @param metrics metrics billed per page
     * @param points points of its whole answer
     * @param pages answers it takes: 1 unless a unit alone is longer than one answer
     */
    record Request(int from, int to, int queries, int metrics, long points, int pages) {
        /** Metrics billed over all its pages. */
        long metricsBilled() {
            return (long) metrics * pages;
        }
    }

    private BatchPlan(List<Request> requests) {
        this.requests = List.copyOf(requests);
    }

    /**
     * @param units the queries, in the order they are to be sent (a cluster's units next to each other)
     * @param pointsPerSeries points of one series over the window (window / period)
     * @param maxQueries queries CloudWatch takes in one request (500)
     * @param maxDatapoints points in one answer before it is cut (100,800)
     */
    static BatchPlan of(List<Unit> units, long pointsPerSeries, int maxQueries, int maxDatapoints) {
        if (pointsPerSeries < 1 || maxQueries < 1 || maxDatapoints < 1) {
            throw new IllegalArgumentException("points per series, max queries and max points must be >= 1, were "
                    + pointsPerSeries + ", " + maxQueries + ", " + maxDatapoints);
        }
        List<Request> requests = new ArrayList<>();
        int from = 0;
        int queries = 0;
        int metrics = 0;
        long returned = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.queries() > maxQueries) {
                throw new IllegalArgumentException("a unit of " + u.queries() + " queries exceeds " + maxQueries);
            }
            boolean fits = queries + u.queries() <= maxQueries && (returned + u.returned()) * pointsPerSeries <= maxDatapoints;
            if (i > from && !fits) {
                requests.add(request(from, i, queries, metrics, returned * pointsPerSeries, maxDatapoints));
                from = i;
                queries = 0;
                metrics = 0;
                returned = 0;
            }
            queries += u.queries();
            metrics += u.metrics();
            returned += u.returned();
        }
        if (from < units.size()) {
            requests.add(request(from, units.size(), queries, metrics, returned * pointsPerSeries, maxDatapoints));
        }
        return new BatchPlan(requests);
    }

    private static Request request(int from, int to, int queries, int metrics, long points, int maxDatapoints) {
        int pages = (int) Math.max(1, (points + maxDatapoints - 1) / maxDatapoints);
        return new Request(from, to, queries, metrics, points, pages);
    }

    List<Request> requests() {
        return requests;
    }

    /** GetMetricData calls the plan takes: every page is a call. */
    int calls() {
        return requests.stream().mapToInt(Request::pages).sum();
    }

    /** Metrics billed over every page of every request. */
    long metricsBilled() {
        return requests.stream().mapToLong(Request::metricsBilled).sum();
    }

    /** Points the answers hold. */
    long points() {
        return requests.stream().mapToLong(Request::points).sum();
    }
}
