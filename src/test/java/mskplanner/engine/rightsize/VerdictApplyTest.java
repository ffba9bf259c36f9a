package mskplanner.engine.rightsize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.engine.apply.ClusterUpdate;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import org.junit.jupiter.api.Test;

class VerdictApplyTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1";
    /** 100 leader partitions, RF 3, 100 GiB stored. */
    static final MeasuredProfile LOAD = new MeasuredProfile(1, 2, 1, 2, 100, 300, 3, 100, 99, 3, false);
    static final CostBreakdown BILL = new CostBreakdown("x", List.of(LineItem.of("x", BigDecimal.ONE, "month", BigDecimal.TEN)));

    static ClusterDescription cluster(String version, double pstMiBps) {
        return new ClusterDescription(ARN, "orders", "us-east-1", ClusterDescription.ClusterType.PROVISIONED,
                "kafka.m5.4xlarge", 6, 2000, pstMiBps, ClusterDescription.StorageMode.LOCAL, List.of(), 3, version);
    }

    @Test
    void a_standard_target_is_applied_in_place_with_the_clusters_current_version() {
        SizedOption target = new SizedOption(Deployment.STANDARD, "kafka.m5.4xlarge", 3, 4000, BILL, 500);

        ClusterUpdate u = VerdictApply.of(cluster("K3AEGXETSR30VB", 500), target, LOAD);

        assertThat(u.awsCli()).extracting(c -> c.split(" ")[2]).containsExactly("update-broker-storage", "update-broker-count");
        assertThat(u.awsCli().get(0)).contains("--cluster-arn " + ARN + " --current-version K3AEGXETSR30VB ")
                .endsWith("VolumeSizeGB=4000");
    }

    @Test
    void storage_throughput_the_target_cannot_keep_is_turned_off() {
        SizedOption target = new SizedOption(Deployment.STANDARD, "kafka.m5.2xlarge", 6, 2000, BILL, 0);

        ClusterUpdate u = VerdictApply.of(cluster("V1", 500), target, LOAD);

        assertThat(u.awsCli()).extracting(c -> c.split(" ")[2]).containsExactly("update-storage", "update-broker-type");
    }

    @Test
    void an_express_target_for_a_standard_cluster_is_a_new_cluster_without_commands() {
        SizedOption target = new SizedOption(Deployment.EXPRESS, "express.m7g.large", 3, 0, BILL);

        ClusterUpdate u = VerdictApply.of(cluster("V1", 0), target, LOAD);

        assertThat(u.awsCli()).isEmpty();
        assertThat(u.cautions()).containsExactly("3 x express.m7g.large cannot replace this cluster in place: create a new "
                + "cluster (the Terraform below), copy the topics and their data to it (for example with MSK Replicator), "
                + "move the clients over, then delete this cluster.");
        assertThat(u.terraform()).contains("instance_type   = \"express.m7g.large\"").contains("num.partitions=100\n")
                .doesNotContain("storage_info");
    }

    @Test
    void a_serverless_target_is_an_msk_serverless_cluster_in_terraform() {
        SizedOption target = new SizedOption(Deployment.SERVERLESS, "", 0, 0, BILL);

        ClusterUpdate u = VerdictApply.of(cluster("V1", 0), target, LOAD);

        assertThat(u.awsCli()).isEmpty();
        assertThat(u.terraform()).startsWith("resource \"aws_msk_serverless_cluster\" \"this\" {")
                .contains("        enabled = true\n");
    }
}
