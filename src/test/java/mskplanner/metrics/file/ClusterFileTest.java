package mskplanner.metrics.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.testing.Exports;
import org.junit.jupiter.api.Test;

class ClusterFileTest {
    @Test
    void the_describe_cluster_v2_output_gives_shape_storage_and_region() {
        ClusterDescription c = ClusterFile.read(Exports.STANDARD_CLUSTER);
        assertThat(c.region()).isEqualTo("eu-west-1");
        assertThat(c.name()).isEqualTo("orders");
        assertThat(c.instanceType()).isEqualTo("kafka.m5.4xlarge");
        assertThat(c.brokerCount()).isEqualTo(6);
        assertThat(c.volumeSizeGiB()).isEqualTo(2000);
        assertThat(c.provisionedThroughputMiBps()).isEqualTo(500);
        assertThat(c.storageMode()).isEqualTo(ClusterDescription.StorageMode.TIERED);
        assertThat(c.availabilityZones()).isEqualTo(3);
        assertThat(c.brokerIds()).isEmpty();
    }

    @Test
    void the_rest_api_names_are_read_too() {
        ClusterDescription c = ClusterFile.read("{\"clusterInfo\":{\"clusterArn\":\"arn:aws:kafka:us-east-1:123456789012:cluster/e/x-1\","
                + "\"clusterType\":\"PROVISIONED\",\"provisioned\":{\"numberOfBrokerNodes\":3,"
                + "\"brokerNodeGroupInfo\":{\"instanceType\":\"express.m7g.large\"}}}}");
        assertThat(c.express()).isTrue();
        assertThat(c.name()).isEqualTo("e");
        assertThat(c.volumeSizeGiB()).isZero();
    }

    @Test
    void a_file_without_cluster_info_says_what_it_expects() {
        assertThatThrownBy(() -> ClusterFile.read("{\"Clusters\": []}"))
                .hasMessage("ClusterInfo = missing is not allowed: the JSON printed by aws kafka describe-cluster-v2");
    }
}
