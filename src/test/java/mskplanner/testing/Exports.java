package mskplanner.testing;

import java.time.Instant;

/** Files as the AWS CLI prints them: describe-cluster-v2 and get-metric-data (newest point first). */
public final class Exports {
    /** aws kafka describe-cluster-v2 of a 6-broker kafka.m5.4xlarge cluster in eu-west-1 with PST and tiered storage (trimmed). */
    public static final String STANDARD_CLUSTER = cluster("eu-west-1", "kafka.m5.4xlarge", 6)
            .replace("\"VolumeSize\": 1000}", "\"VolumeSize\": 2000, \"ProvisionedThroughput\": {\"Enabled\": true, \"VolumeThroughput\": 500}}")
            .replace("LOCAL", "TIERED");

    /** aws kafka describe-cluster-v2 of a cluster named orders with 1,000 GiB volumes (trimmed). */
    public static String cluster(String region, String instanceType, int brokers) {
        return """
                {"ClusterInfo": {"ClusterArn": "arn:aws:kafka:%s:123456789012:cluster/orders/7c2f-1",
                  "ClusterName": "orders", "ClusterType": "PROVISIONED", "State": "ACTIVE",
                  "Provisioned": {"NumberOfBrokerNodes": %d, "StorageMode": "LOCAL",
                    "BrokerNodeGroupInfo": {"InstanceType": "%s", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],
                      "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 1000}}}}}}
                """.formatted(region, brokers, instanceType);
    }

    private Exports() {
    }

    /** One hour at one minute: each broker 2 MB/s in, 4 MB/s out, CPU 10 + 5, disk 30%, 100 replicas. */
    public static String threeBrokersOneHour(String... brokers) {
        return steadyHour(2_000_000, 10, brokers);
    }

    /**
     * One hour at one minute of a steady load: each broker {@code bytesInPerSecond} in and twice that out, CPU user
     * {@code cpuUserPercent} + system 5, disk 30%, 100 replicas.
     */
    public static String steadyHour(double bytesInPerSecond, double cpuUserPercent, String... brokers) {
        StringBuilder json = new StringBuilder("{\"MetricDataResults\": [");
        boolean first = true;
        for (String b : brokers) {
            for (String[] metric : new String[][] {{"bytesin", String.valueOf(bytesInPerSecond)},
                    {"bytesout", String.valueOf(2 * bytesInPerSecond)}, {"cpuuser", String.valueOf(cpuUserPercent)},
                    {"cpusystem", "5.0"}, {"disk", "30.0"}, {"partitions", "100.0"}}) {
                json.append(first ? "" : ",").append("{\"Id\": \"").append(metric[0]).append("_b").append(b)
                        .append("\", \"Label\": \"x\", \"StatusCode\": \"Complete\", \"Timestamps\": [");
                StringBuilder values = new StringBuilder();
                for (int m = 59; m >= 0; m--) {
                    json.append(m < 59 ? "," : "").append('"')
                            .append(Instant.parse("2026-11-24T10:00:00Z").plusSeconds(60L * m).toString().replace("Z", "+00:00"))
                            .append('"');
                    values.append(m < 59 ? "," : "").append(metric[1]);
                }
                json.append("], \"Values\": [").append(values).append("]}");
                first = false;
            }
        }
        return json.append("], \"Messages\": []}").toString();
    }
}
