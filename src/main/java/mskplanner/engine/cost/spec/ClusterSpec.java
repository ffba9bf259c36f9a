package mskplanner.engine.cost.spec;

/** A cluster whose monthly cost is wanted: an MSK Standard, Express or Serverless cluster, MSK Connect workers or MSK Replicator. */
public sealed interface ClusterSpec permits StandardClusterSpec, ExpressClusterSpec, ServerlessClusterSpec, ConnectSpec,
        ReplicatorSpec {
    String name();

    /** Which kind of cluster this is. */
    mskplanner.engine.catalog.Deployment deployment();
}
