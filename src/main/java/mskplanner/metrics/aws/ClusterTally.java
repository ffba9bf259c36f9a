package mskplanner.metrics.aws;

import mskplanner.aws.AwsUnavailableException;
import mskplanner.engine.rightsize.ClusterDescription;

/**
 * What one cluster's share of a batched read took: the calls that carried its queries, their retries, the metrics
 * billed for its queries, its points, and the first failure. Requests of several threads add to it.
 */
final class ClusterTally {
    private final ClusterDescription cluster;
    private int calls;
    private int retries;
    private long metricsRequested;
    private long points;
    private int requestsLeft;
    private AwsUnavailableException failure;

    ClusterTally(ClusterDescription cluster) {
        this.cluster = cluster;
    }

    ClusterDescription cluster() {
        return cluster;
    }

    synchronized void expectRequest() {
        requestsLeft++;
    }

    /** Whether no request is (still) to carry its queries: true from the start for a cluster with no brokers. */
    synchronized boolean nothingLeft() {
        return requestsLeft == 0;
    }

    synchronized void billed(long metrics) {
        metricsRequested += metrics;
    }

    synchronized void points(long n) {
        points += n;
    }

    /** Keeps the first failure: it is the cause, later ones follow from it. */
    synchronized void fail(AwsUnavailableException e) {
        if (failure == null) {
            failure = e;
        }
    }

    synchronized boolean failed() {
        return failure != null;
    }

    /** A request that carried its queries is over; true when it was the last. */
    synchronized boolean requestDone(CallCounter.Tally request) {
        calls += request.calls();
        retries += request.retries();
        return --requestsLeft == 0;
    }

    synchronized int calls() {
        return calls;
    }

    synchronized int retries() {
        return retries;
    }

    synchronized long metricsRequested() {
        return metricsRequested;
    }

    synchronized long points() {
        return points;
    }

    synchronized AwsUnavailableException failure() {
        return failure;
    }
}
