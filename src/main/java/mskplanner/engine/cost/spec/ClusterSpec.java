package mskplanner.engine.cost.spec;

/** A cluster whose monthly cost is wanted: an MSK Standard, Express or Serverless cluster, or MSK Connect workers. */
public sealed interface ClusterSpec permits StandardClusterSpec, ExpressClusterSpec, ServerlessClusterSpec, ConnectSpec {
    String name();

    /** Which kind of cluster this is. */
    mskplanner.engine.catalog.Deployment deployment();
}
