package mskplanner.engine.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code aws kafka} commands that change a running cluster into a target shape, with the cautions of that change
 * and the same change as a Terraform diff.
 *
 * <p>Steps that add capacity run first (broker type, broker count, storage, storage throughput), then steps that
 * take capacity away in the reverse order, so the cluster never has less than the target while it changes: storage
 * grows before brokers are removed, and storage throughput is turned down before a smaller broker size that cannot
 * carry it. MSK runs one update at a time and each update gives the cluster a new version, so only the first command
 * can carry the current version.
 * Sources: https://docs.aws.amazon.com/msk/latest/developerguide/msk-update-broker-type.html, msk-remove-broker.html,
 * msk-update-storage.html, msk-provision-throughput-management.html.
 */
public final class ClusterUpdates {
    /** MSK's advice: no partition reassignment above this CPU (User + System), percent. */
    static final int REASSIGN_CPU_LIMIT_PERCENT = 70;

    private ClusterUpdates() {
    }

    /**
     * The in-place change from {@code now} to {@code target} (same broker family: Standard to Standard, Express to
     * Express).
     *
     * @param currentVersion the cluster's {@code CurrentVersion} from DescribeClusterV2, when known
     */
    public static ClusterUpdate inPlace(String clusterArn, String clusterName, Optional<String> currentVersion,
                                        BrokerShape now, BrokerShape target) {
        if (now.express() != target.express()) {
            throw new IllegalArgumentException("an in-place change keeps the broker family, was " + now.instanceType()
                    + " to " + target.instanceType());
        }
        List<Step> steps = steps(now, target);
        List<String> commands = new ArrayList<>();
        for (Step s : steps) {
            String version = commands.isEmpty() ? currentVersion.orElse(Placeholders.CURRENT_VERSION) : Placeholders.NEXT_VERSION;
            commands.add("aws kafka " + s.operation + " --cluster-arn " + Shell.quote(clusterArn)
                    + " --current-version " + Shell.quote(version) + " " + s.arguments);
        }
        return new ClusterUpdate(commands, UpdateCautions.of(clusterArn, currentVersion.isPresent(), now, target, commands.size()),
                TerraformText.diff(clusterName, now, target));
    }

    private static List<Step> steps(BrokerShape now, BrokerShape target) {
        List<Step> steps = new ArrayList<>();
        if (!now.instanceType().equals(target.instanceType())) {
            steps.add(new Step(0, target.sizeRank() > now.sizeRank(), "update-broker-type",
                    "--target-instance-type " + Shell.quote(target.instanceType())));
        }
        if (now.brokers() != target.brokers()) {
            steps.add(new Step(1, target.brokers() > now.brokers(), "update-broker-count",
                    "--target-number-of-broker-nodes " + target.brokers()));
        }
        if (!target.express() && target.volumeGiB() > now.volumeGiB()) {
            steps.add(new Step(2, true, "update-broker-storage",
                    "--target-broker-ebs-volume-info KafkaBrokerNodeId=All,VolumeSizeGB=" + target.volumeGiB()));
        }
        if (!target.express() && target.provisionedThroughputMiBps() != now.provisionedThroughputMiBps()) {
            String throughput = target.provisionedThroughputMiBps() > 0
                    ? "Enabled=true,VolumeThroughput=" + target.provisionedThroughputMiBps() : "Enabled=false";
            steps.add(new Step(3, target.provisionedThroughputMiBps() > now.provisionedThroughputMiBps(),
                    "update-storage", "--provisioned-throughput " + throughput));
        }
        steps.sort(Comparator.comparing((Step s) -> !s.addsCapacity)
                .thenComparingInt(s -> s.addsCapacity ? s.order : -s.order));
        return steps;
    }

    private record Step(int order, boolean addsCapacity, String operation, String arguments) {
    }
}
