package mskplanner.engine.rightsize;

import java.util.Objects;

/**
 * The cheapest shape that carries the load when it is in another family than the verdict's target (or than the
 * cluster, when the verdict changes nothing), with what moving to it involves.
 *
 * @param option the shape and its monthly cost
 * @param move what the move takes, e.g. {@code a new Express cluster and a data migration}
 */
public record CheaperElsewhere(SizedOption option, String move) {
    public CheaperElsewhere {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(move, "move");
    }

    /** What moving a cluster of {@code from} brokers to {@code to} takes. */
    static String move(ClusterDescription from, SizedOption to) {
        return switch (to.deployment()) {
            case SERVERLESS -> "a new MSK Serverless cluster, IAM client authentication and a data migration "
                    + "(e.g. with MSK Replicator)";
            case EXPRESS -> from.express()
                    ? "a change of the Express broker size in place"
                    : "a new Express cluster and a data migration (e.g. with MSK Replicator): Standard brokers "
                            + "cannot be converted to Express in place";
            default -> from.express()
                    ? "a new Standard cluster and a data migration (e.g. with MSK Replicator)"
                    : to.storageGiBPerBroker() < from.volumeSizeGiB()
                    ? "a new Standard cluster with smaller volumes and a data migration (e.g. with MSK Replicator): "
                            + "EBS volumes cannot shrink in place"
                    : "a change of the broker type in place (MSK replaces the brokers one at a time, as for a broker "
                            + "size update)";
        };
    }
}
