package mskplanner.metrics.aws;

import java.util.List;
import mskplanner.aws.AwsFailure;
import mskplanner.aws.AwsUnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.Cluster;

/** Lists a region's MSK clusters with ListClustersV2, every page (NextToken). */
public final class MskClusterLister {
    private static final String OPERATION = "kafka:ListClustersV2";

    private final KafkaClient kafka;
    private final AwsSettings settings;

    /**
     * A cluster as the listing shows it.
     *
     * @param arn its ARN
     * @param name its name
     * @param region the region listed
     * @param serverless whether it is MSK Serverless
     * @param state e.g. ACTIVE, CREATING, UPDATING
     */
    public record Listed(String arn, String name, String region, boolean serverless, String state) {
    }

    public MskClusterLister(KafkaClient kafka, AwsSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    public List<Listed> list() {
        try {
            return kafka.listClustersV2Paginator(b -> b.maxResults(100)).stream()
                    .flatMap(page -> page.clusterInfoList().stream())
                    .map(this::listed)
                    .toList();
        } catch (AwsServiceException e) {
            if (AwsFailure.of(e) == AwsFailure.ACCESS_DENIED) {
                throw new AwsUnavailableException("access denied calling " + OPERATION + " (" + AwsFailure.code(e)
                        + ") in " + settings.region() + ": check IAM: listing the fleet needs " + OPERATION, e);
            }
            // Named with its region: a fleet run lists several, and goes on without the one that failed.
            throw AwsErrors.translate(e, OPERATION + " in " + settings.region(), settings, "*");
        } catch (SdkException e) {
            throw AwsErrors.translate(e, OPERATION, settings, "*");
        }
    }

    private Listed listed(Cluster c) {
        boolean serverless = "SERVERLESS".equals(c.clusterTypeAsString()) || c.serverless() != null && c.provisioned() == null;
        return new Listed(c.clusterArn(), c.clusterName(), settings.region(), serverless,
                c.stateAsString() == null ? "UNKNOWN" : c.stateAsString());
    }
}
