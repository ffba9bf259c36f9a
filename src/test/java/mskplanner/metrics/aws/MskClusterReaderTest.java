package mskplanner.metrics.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.metrics.ClusterArn;
import mskplanner.testing.AwsStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MskClusterReaderTest {
    private AwsStub stub;
    private AutoCloseable credentials;

    @BeforeEach
    void start() {
        stub = AwsStub.start();
        credentials = AwsStub.testCredentials();
    }

    @AfterEach
    void stop() throws Exception {
        credentials.close();
        stub.close();
    }

    private ClusterDescription read() {
        AwsSettings s = AwsSettings.of("us-east-1", Optional.empty(), Optional.of(stub.endpoint()), 1);
        try (var kafka = AwsClients.kafka(s, new CallCounter())) {
            return new MskClusterReader(kafka, s).read(ClusterArn.parse(AwsStub.ARN));
        }
    }

    @Test
    void describe_cluster_v2_gives_the_shape_and_list_nodes_every_page_of_broker_ids() {
        stub.brokerIds = List.of("1", "2", "3", "4", "5", "6");
        ClusterDescription c = read();
        assertThat(c.name()).isEqualTo("orders");
        assertThat(c.instanceType()).isEqualTo("kafka.m7g.large");
        assertThat(c.brokerCount()).isEqualTo(6);
        assertThat(c.volumeSizeGiB()).isEqualTo(1000);
        assertThat(c.availabilityZones()).isEqualTo(3);
        assertThat(c.brokerIds()).containsExactly("1", "2", "3", "4", "5", "6");
        // one DescribeClusterV2 and three ListNodes pages of two nodes
        assertThat(stub.kafkaPaths).hasSize(4);
        assertThat(stub.kafkaPaths).allSatisfy(p -> assertThat(AwsStub.decodedArn(p)).isEqualTo(AwsStub.ARN));
        assertThat(stub.kafkaPaths.get(0)).startsWith("/api/v2/clusters/");
    }

    @Test
    void a_cluster_that_does_not_exist_names_the_arn_and_the_region() {
        stub.kafkaFailure = AwsStub.Failure.KAFKA_NOT_FOUND;
        assertThatThrownBy(this::read).isInstanceOf(AwsUnavailableException.class)
                .hasMessage("cluster " + AwsStub.ARN + " not found in us-east-1: check the ARN "
                        + "(aws kafka list-clusters-v2 --region us-east-1) and --region");
    }

    @Test
    void access_denied_names_the_iam_actions_needed() {
        stub.kafkaFailure = AwsStub.Failure.KAFKA_ACCESS_DENIED;
        assertThatThrownBy(this::read).isInstanceOf(AwsUnavailableException.class)
                .hasMessage("access denied calling kafka:DescribeClusterV2 (AccessDeniedException): check IAM: the caller "
                        + "needs kafka:DescribeClusterV2, kafka:ListNodes, cloudwatch:GetMetricData on cluster " + AwsStub.ARN);
    }
}
