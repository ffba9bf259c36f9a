package mskplanner.rightsize.fleet;

import java.util.Objects;

/**
 * A cluster of the account, as the listing shows it.
 *
 * @param clusterArn its ARN
 * @param clusterName its name
 * @param region where it runs
 * @param serverless whether it is MSK Serverless (not right-sized)
 * @param state the MSK state, e.g. ACTIVE, CREATING, UPDATING
 */
public record FleetMember(String clusterArn, String clusterName, String region, boolean serverless, String state) {
    public static final String ACTIVE = "ACTIVE";

    public FleetMember {
        Objects.requireNonNull(clusterArn, "clusterArn");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(state, "state");
    }
}
