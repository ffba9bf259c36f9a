package mskplanner.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterUpdatesTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/7c2f0e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6-2";

    static ClusterUpdate update(BrokerShape now, BrokerShape target) {
        return ClusterUpdates.inPlace(ARN, "orders", Optional.of("K3AEGXETSR30VB"), now, target);
    }

    @Test
    void scale_down_grows_storage_before_it_removes_brokers() {
        ClusterUpdate u = update(new BrokerShape("kafka.m7g.large", 6, 1000, 0), new BrokerShape("kafka.m7g.large", 3, 1539, 0));

        assertThat(u.awsCli()).containsExactly(
                "aws kafka update-broker-storage --cluster-arn " + ARN + " --current-version K3AEGXETSR30VB"
                        + " --target-broker-ebs-volume-info KafkaBrokerNodeId=All,VolumeSizeGB=1539",
                "aws kafka update-broker-count --cluster-arn " + ARN + " --current-version " + Placeholders.NEXT_VERSION
                        + " --target-number-of-broker-nodes 3");
    }

    @Test
    void scale_down_warns_to_empty_the_brokers_first_and_that_storage_only_grows() {
        ClusterUpdate u = update(new BrokerShape("kafka.m7g.large", 6, 1000, 0), new BrokerShape("kafka.m7g.large", 3, 1539, 0));

        assertThat(u.cautions()).hasSize(4);
        assertThat(u.cautions().get(0)).startsWith("Before removing brokers, move every partition off the brokers to remove");
        assertThat(u.cautions().get(1)).isEqualTo("Do not reassign partitions while CPU (User + System) is above 70%: "
                + "replication adds CPU load and network traffic.");
        assertThat(u.cautions().get(2)).isEqualTo("Storage can only grow: the volumes cannot be made smaller again after this update.");
        assertThat(u.cautions().get(3)).startsWith("Each update changes the cluster's version").contains(Placeholders.NEXT_VERSION)
                .endsWith("with its new CurrentVersion from aws kafka describe-cluster-v2 --cluster-arn " + ARN + ".");
    }

    @Test
    void scale_up_changes_the_broker_type_then_adds_brokers_and_says_to_reassign() {
        ClusterUpdate u = update(new BrokerShape("kafka.m7g.large", 3, 1000, 0), new BrokerShape("kafka.m7g.xlarge", 6, 1000, 0));

        assertThat(u.awsCli()).extracting(c -> c.split(" ")[2]).containsExactly("update-broker-type", "update-broker-count");
        assertThat(u.awsCli().get(0)).endsWith("--current-version K3AEGXETSR30VB --target-instance-type kafka.m7g.xlarge");
        assertThat(u.awsCli().get(1)).endsWith("--target-number-of-broker-nodes 6");
        assertThat(u.cautions()).anyMatch(c -> c.startsWith("Adding brokers moves no partitions: once the new brokers are active, reassign")
                        && c.contains("at most 10 partitions per call)."))
                .anyMatch(c -> c.startsWith("A broker-type change is a rolling restart"))
                .noneMatch(c -> c.startsWith("Storage can only grow"));
    }

    @Test
    void a_smaller_broker_size_with_more_brokers_adds_brokers_before_it_shrinks_the_type() {
        ClusterUpdate u = update(new BrokerShape("kafka.m7g.2xlarge", 3, 1000, 0), new BrokerShape("kafka.m7g.large", 6, 1000, 0));

        assertThat(u.awsCli()).extracting(c -> c.split(" ")[2]).containsExactly("update-broker-count", "update-broker-type");
        assertThat(u.cautions()).contains("MSK refuses a smaller broker size while the partitions per broker are above that size's maximum.");
    }

    @Test
    void storage_only_is_one_command_with_the_current_version_and_no_version_note() {
        ClusterUpdate u = update(new BrokerShape("kafka.m5.large", 3, 500, 0), new BrokerShape("kafka.m5.large", 3, 800, 0));

        assertThat(u.awsCli()).containsExactly("aws kafka update-broker-storage --cluster-arn " + ARN
                + " --current-version K3AEGXETSR30VB --target-broker-ebs-volume-info KafkaBrokerNodeId=All,VolumeSizeGB=800");
        assertThat(u.cautions()).containsExactly("Storage can only grow: the volumes cannot be made smaller again after this update.");
    }

    @Test
    void a_smaller_target_volume_is_not_applied_and_says_storage_only_grows() {
        ClusterUpdate u = update(new BrokerShape("kafka.m5.large", 3, 800, 0), new BrokerShape("kafka.m5.xlarge", 3, 500, 0));

        assertThat(u.awsCli()).extracting(c -> c.split(" ")[2]).containsExactly("update-broker-type");
        assertThat(u.cautions()).contains("Storage can only grow: the volumes stay at 800 GiB per broker.");
        assertThat(u.terraform()).contains("\n         volume_size = 800\n");
    }

    @Test
    void more_storage_throughput_uses_update_storage_after_the_larger_broker_size() {
        ClusterUpdate u = update(new BrokerShape("kafka.m7g.2xlarge", 3, 2000, 0), new BrokerShape("kafka.m7g.4xlarge", 3, 2000, 500));

        assertThat(u.awsCli()).hasSize(2);
        assertThat(u.awsCli().get(0)).endsWith("--target-instance-type kafka.m7g.4xlarge");
        assertThat(u.awsCli().get(1)).isEqualTo("aws kafka update-storage --cluster-arn " + ARN + " --current-version "
                + Placeholders.NEXT_VERSION + " --provisioned-throughput Enabled=true,VolumeThroughput=500");
    }

    @Test
    void storage_throughput_is_turned_off_before_a_size_that_cannot_carry_it() {
        ClusterUpdate u = update(new BrokerShape("kafka.m5.4xlarge", 3, 2000, 400), new BrokerShape("kafka.m5.2xlarge", 3, 2000, 0));

        assertThat(u.awsCli()).extracting(c -> c.split(" ")[2]).containsExactly("update-storage", "update-broker-type");
        assertThat(u.awsCli().get(0)).endsWith("--provisioned-throughput Enabled=false");
    }

    @Test
    void an_unknown_version_is_a_named_placeholder_with_a_note() {
        ClusterUpdate u = ClusterUpdates.inPlace(ARN, "orders", Optional.empty(),
                new BrokerShape("kafka.m5.large", 3, 500, 0), new BrokerShape("kafka.m5.large", 6, 500, 0));

        assertThat(u.awsCli()).containsExactly("aws kafka update-broker-count --cluster-arn " + ARN
                + " --current-version CURRENT-VERSION-REPLACE-ME --target-number-of-broker-nodes 6");
        assertThat(u.cautions()).last().asString().startsWith("The cluster's current version is not known here: replace "
                + "CURRENT-VERSION-REPLACE-ME with the ClusterInfo.CurrentVersion that aws kafka describe-cluster-v2");
    }

    @Test
    void express_brokers_get_no_storage_commands() {
        ClusterUpdate u = update(new BrokerShape("express.m7g.large", 3, 0, 0), new BrokerShape("express.m7g.xlarge", 3, 0, 0));

        assertThat(u.awsCli()).extracting(c -> c.split(" ")[2]).containsExactly("update-broker-type");
        assertThat(u.terraform()).doesNotContain("storage_info");
    }

    @Test
    void adding_express_brokers_says_twenty_partitions_per_reassignment_call() {
        ClusterUpdate u = update(new BrokerShape("express.m7g.large", 3, 0, 0), new BrokerShape("express.m7g.large", 6, 0, 0));

        assertThat(u.cautions().get(0)).contains("at most 20 partitions per call), unless intelligent rebalancing does it");
    }

    @Test
    void terraform_diff_marks_the_changed_lines() {
        ClusterUpdate u = update(new BrokerShape("kafka.m7g.large", 6, 1000, 0), new BrokerShape("kafka.m7g.large", 3, 1539, 0));

        assertThat(u.terraform()).isEqualTo("""
                 resource "aws_msk_cluster" "orders" {
                   cluster_name           = "orders"
                -  number_of_broker_nodes = 6
                +  number_of_broker_nodes = 3

                   broker_node_group_info {
                     instance_type = "kafka.m7g.large"
                     storage_info {
                       ebs_storage_info {
                -        volume_size = 1000
                +        volume_size = 1539
                       }
                     }
                   }
                 }
                """);
    }

    @Test
    void terraform_diff_adds_the_provisioned_throughput_block() {
        ClusterUpdate u = update(new BrokerShape("kafka.m7g.4xlarge", 3, 2000, 0), new BrokerShape("kafka.m7g.4xlarge", 3, 2000, 500));

        assertThat(u.terraform()).contains("""
                +        provisioned_throughput {
                +          enabled           = true
                +          volume_throughput = 500
                +        }
                """);
    }

    @Test
    void a_cluster_arn_with_shell_characters_is_quoted() {
        ClusterUpdate u = ClusterUpdates.inPlace("arn:aws:kafka:us-east-1:1:cluster/a b/x", "a b", Optional.of("V1"),
                new BrokerShape("kafka.m5.large", 3, 500, 0), new BrokerShape("kafka.m5.large", 6, 500, 0));

        assertThat(u.awsCli().get(0)).contains("--cluster-arn 'arn:aws:kafka:us-east-1:1:cluster/a b/x' ");
        assertThat(u.terraform()).startsWith(" resource \"aws_msk_cluster\" \"a_b\" {");
    }

    @Test
    void a_cluster_name_with_quotes_or_interpolation_stays_a_literal_terraform_string() {
        ClusterUpdate u = ClusterUpdates.inPlace(ARN, "a\"b${x}", Optional.of("V1"),
                new BrokerShape("kafka.m5.large", 3, 500, 0), new BrokerShape("kafka.m5.large", 6, 500, 0));

        assertThat(u.terraform()).contains("  cluster_name           = \"a\\\"b$${x}\"\n");
    }

    @Test
    void changing_the_broker_family_in_place_is_refused() {
        assertThatThrownBy(() -> update(new BrokerShape("kafka.m7g.large", 3, 1000, 0), new BrokerShape("express.m7g.large", 3, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an in-place change keeps the broker family, was kafka.m7g.large to express.m7g.large");
    }
}
