package mskplanner.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClusterArnTest {
    @Test
    void the_region_and_name_come_from_the_arn() {
        ClusterArn arn = ClusterArn.parse("arn:aws:kafka:eu-west-1:123456789012:cluster/orders-prod/7c2f-11aa-4b3c-9f00-1");
        assertThat(arn.region()).isEqualTo("eu-west-1");
        assertThat(arn.clusterName()).isEqualTo("orders-prod");
    }

    @Test
    void china_and_govcloud_partitions_are_arns_too() {
        assertThat(ClusterArn.parse("arn:aws-cn:kafka:cn-north-1:123456789012:cluster/a/b-1").region()).isEqualTo("cn-north-1");
        assertThat(ClusterArn.parse("arn:aws-us-gov:kafka:us-gov-west-1:123456789012:cluster/a/b-1").region()).isEqualTo("us-gov-west-1");
    }

    @Test
    void anything_else_is_a_usage_error_naming_the_value() {
        assertThatThrownBy(() -> ClusterArn.parse("orders-prod")).isInstanceOf(InvalidInputException.class)
                .hasMessage("--cluster-arn = orders-prod is not allowed: an MSK cluster ARN such as "
                        + "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abcd1234-...");
    }
}
