package mskplanner.engine.catalog;

/** How a cluster is deployed: the MSK broker classes, Serverless, Connect, Replicator, and the alternatives msk-planner compares. */
public enum Deployment {
    STANDARD, EXPRESS, SERVERLESS, CONNECT, REPLICATOR;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    /** The lower-case name used in the API, CLI and data files. */
    public String id() {
        return id;
    }

    public static Deployment fromId(String id) {
        for (Deployment d : values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown deployment '" + id + "'");
    }
}
