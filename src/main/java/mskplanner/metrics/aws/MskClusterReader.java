package mskplanner.metrics.aws;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.ClusterDescription.ClusterType;
import mskplanner.engine.rightsize.ClusterDescription.StorageMode;
import mskplanner.metrics.ClusterArn;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.Cluster;
import software.amazon.awssdk.services.kafka.model.EBSStorageInfo;
import software.amazon.awssdk.services.kafka.model.NodeInfo;
import software.amazon.awssdk.services.kafka.model.Provisioned;

/** Reads a cluster with the MSK API: DescribeClusterV2 for its shape, ListNodes (all pages) for its broker ids. */
public final class MskClusterReader {
    /** MSK spreads brokers over three AZs unless the client subnets say otherwise. */
    private static final int DEFAULT_AVAILABILITY_ZONES = 3;

    private final KafkaClient kafka;
    private final AwsSettings settings;

    public MskClusterReader(KafkaClient kafka, AwsSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    public ClusterDescription read(ClusterArn arn) {
        Cluster cluster = call("kafka:DescribeClusterV2", arn,
                () -> kafka.describeClusterV2(b -> b.clusterArn(arn.value())).clusterInfo());
        if (cluster.provisioned() == null) {
            return new ClusterDescription(arn.value(), cluster.clusterName(), settings.region(), ClusterType.SERVERLESS,
                    "", 0, 0, 0, StorageMode.LOCAL, List.of(), DEFAULT_AVAILABILITY_ZONES, cluster.currentVersion());
        }
        Provisioned p = cluster.provisioned();
        BrokerNodeGroupInfo group = p.brokerNodeGroupInfo();
        Optional<EBSStorageInfo> ebs = Optional.ofNullable(group.storageInfo()).map(s -> s.ebsStorageInfo());
        double volume = ebs.map(EBSStorageInfo::volumeSize).map(Integer::doubleValue).orElse(0d);
        double pst = ebs.map(EBSStorageInfo::provisionedThroughput)
                .filter(t -> Boolean.TRUE.equals(t.enabled()) && t.volumeThroughput() != null)
                .map(t -> t.volumeThroughput().doubleValue()).orElse(0d);
        int zones = group.hasClientSubnets() && !group.clientSubnets().isEmpty() ? group.clientSubnets().size()
                : DEFAULT_AVAILABILITY_ZONES;
        StorageMode mode = "TIERED".equals(p.storageModeAsString()) ? StorageMode.TIERED : StorageMode.LOCAL;
        return new ClusterDescription(arn.value(), cluster.clusterName(), settings.region(), ClusterType.PROVISIONED,
                group.instanceType(), p.numberOfBrokerNodes(), volume, pst, mode, brokerIds(arn), zones,
                cluster.currentVersion());
    }

    private List<String> brokerIds(ClusterArn arn) {
        return call("kafka:ListNodes", arn, () -> kafka.listNodesPaginator(b -> b.clusterArn(arn.value())).stream()
                .flatMap(r -> r.nodeInfoList().stream())
                .map(NodeInfo::brokerNodeInfo)
                .filter(b -> b != null && b.brokerId() != null)
                .map(b -> String.valueOf(b.brokerId().longValue()))
                .toList());
    }

    private <T> T call(String operation, ClusterArn arn, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw AwsErrors.translate(e, operation, settings, arn.value());
        }
    }
}
