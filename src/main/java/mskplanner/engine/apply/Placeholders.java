package mskplanner.engine.apply;

import java.util.List;
import java.util.stream.IntStream;

/** The values the planner cannot know: each is named for what to put in its place and ends in REPLACE-ME. */
public final class Placeholders {
    public static final String CURRENT_VERSION = "CURRENT-VERSION-REPLACE-ME";
    /** Every update gives the cluster a new version; the next command needs it. */
    public static final String NEXT_VERSION = "VERSION-AFTER-PREVIOUS-UPDATE-REPLACE-ME";
    public static final String CLUSTER_NAME = "CLUSTER-NAME-REPLACE-ME";
    public static final String SECURITY_GROUP = "sg-REPLACE-ME";
    public static final String CONFIGURATION_ARN = "arn:aws:kafka:REGION-REPLACE-ME:ACCOUNT-ID-REPLACE-ME:configuration/CONFIGURATION-REPLACE-ME";
    public static final String BOOTSTRAP_SERVERS = "BOOTSTRAP-BROKERS-REPLACE-ME";
    public static final String TOPIC = "TOPIC-NAME-REPLACE-ME";

    private Placeholders() {
    }

    /** One client subnet per Availability Zone: subnet-REPLACE-ME-1, subnet-REPLACE-ME-2, ... */
    public static List<String> subnets(int availabilityZones) {
        return IntStream.rangeClosed(1, availabilityZones).mapToObj(i -> "subnet-REPLACE-ME-" + i).toList();
    }
}
