package mskplanner.engine.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * What to watch while a cluster changes shape, after MSK's best practices for Standard brokers
 * (https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html) and its broker-removal and storage pages.
 */
final class UpdateCautions {
    /** MSK best practices: partitions moved per kafka-reassign-partitions call, Standard and Express brokers. */
    private static final int STANDARD_PARTITIONS_PER_REASSIGNMENT = 10;
    private static final int EXPRESS_PARTITIONS_PER_REASSIGNMENT = 20;
    private UpdateCautions() {
    }

    static List<String> of(String clusterArn, boolean versionKnown, BrokerShape now, BrokerShape target, int commands) {
        List<String> cautions = new ArrayList<>();
        if (target.brokers() > now.brokers()) {
            cautions.add("Adding brokers moves no partitions: once the new brokers are active, reassign partitions onto them "
                    + "(kafka-reassign-partitions.sh or Cruise Control, at most "
                    + (target.express() ? EXPRESS_PARTITIONS_PER_REASSIGNMENT + " partitions per call), unless intelligent "
                    + "rebalancing does it for this Express cluster." : STANDARD_PARTITIONS_PER_REASSIGNMENT + " partitions per call)."));
        }
        if (target.brokers() < now.brokers()) {
            cautions.add("Before removing brokers, move every partition off the brokers to remove (all but "
                    + "__amazon_msk_canary and __amazon_msk_canary_state): MSK removes only brokers that hold no partitions, "
                    + "the same number from every Availability Zone.");
        }
        if (target.brokers() != now.brokers()) {
            cautions.add("Do not reassign partitions while CPU (User + System) is above " + ClusterUpdates.REASSIGN_CPU_LIMIT_PERCENT
                    + "%: replication adds CPU load and network traffic.");
        }
        if (!now.instanceType().equals(target.instanceType())) {
            cautions.add("A broker-type change is a rolling restart: one broker at a time goes offline (about 10 to 15 minutes "
                    + "each); topics need replication factor 3 with min.insync.replicas of at most 2 to stay writable, and "
                    + "clients must retry.");
        }
        if (target.sizeRank() < now.sizeRank()) {
            cautions.add("MSK refuses a smaller broker size while the partitions per broker are above that size's maximum.");
        }
        if (!target.express() && target.volumeGiB() > now.volumeGiB()) {
            cautions.add("Storage can only grow: the volumes cannot be made smaller again after this update.");
        }
        if (!target.express() && target.volumeGiB() < now.volumeGiB()) {
            cautions.add("Storage can only grow: the volumes stay at " + now.volumeGiB() + " GiB per broker.");
        }
        if (commands > 1 || (commands == 1 && !versionKnown)) {
            cautions.add(versionNote(clusterArn, versionKnown, commands));
        }
        return cautions;
    }

    private static String versionNote(String clusterArn, boolean versionKnown, int commands) {
        String describe = "aws kafka describe-cluster-v2 --cluster-arn " + Shell.quote(clusterArn);
        String first = versionKnown ? "" : "The cluster's current version is not known here: replace "
                + Placeholders.CURRENT_VERSION + " with the ClusterInfo.CurrentVersion that " + describe + " shows. ";
        String next = commands > 1 ? "Each update changes the cluster's version: before each next command, wait until "
                + "the cluster is ACTIVE again and replace " + Placeholders.NEXT_VERSION + " with its new CurrentVersion"
                + (versionKnown ? " from " + describe + "." : " from the same command.") : "";
        return (first + next).strip();
    }
}
