package mskplanner.engine.apply;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Terraform (AWS provider) text of an {@code aws_msk_cluster}: a diff of a change, or a new cluster. */
final class TerraformText {
    private TerraformText() {
    }

    /** The change as a diff of the resource's lines: {@code " "} unchanged, {@code "-"} removed, {@code "+"} added. */
    static String diff(String clusterName, BrokerShape now, BrokerShape target) {
        Diff d = new Diff();
        d.same("resource \"aws_msk_cluster\" \"" + resourceName(clusterName) + "\" {");
        d.same("  cluster_name           = " + string(clusterName));
        d.change("  number_of_broker_nodes = " + now.brokers(), "  number_of_broker_nodes = " + target.brokers());
        d.same("");
        d.same("  broker_node_group_info {");
        d.change("    instance_type = \"" + now.instanceType() + "\"", "    instance_type = \"" + target.instanceType() + "\"");
        if (!target.express()) {
            d.same("    storage_info {");
            d.same("      ebs_storage_info {");
            int volume = Math.max(now.volumeGiB(), target.volumeGiB());
            d.change("        volume_size = " + now.volumeGiB(), "        volume_size = " + volume);
            throughput(d, now.provisionedThroughputMiBps(), target.provisionedThroughputMiBps());
            d.same("      }");
            d.same("    }");
        }
        d.same("  }");
        d.same("}");
        return d.text();
    }

    private static void throughput(Diff d, int nowMiBps, int targetMiBps) {
        if (nowMiBps == 0 && targetMiBps == 0) {
            return;
        }
        d.change(nowMiBps > 0 ? "        provisioned_throughput {" : null, targetMiBps > 0 ? "        provisioned_throughput {" : null);
        d.change(nowMiBps > 0 ? "          enabled           = true" : null, targetMiBps > 0 ? "          enabled           = true" : null);
        d.change(nowMiBps > 0 ? "          volume_throughput = " + nowMiBps : null,
                targetMiBps > 0 ? "          volume_throughput = " + targetMiBps : null);
        d.change(nowMiBps > 0 ? "        }" : null, targetMiBps > 0 ? "        }" : null);
    }

    /** A new cluster and its configuration (default topic settings), every unknown a placeholder. */
    static String newCluster(BrokerShape shape, int availabilityZones, TopicLayout topics, String kafkaVersion) {
        StringBuilder sb = new StringBuilder();
        sb.append("resource \"aws_msk_configuration\" \"this\" {\n")
                .append("  name              = \"").append(Placeholders.CLUSTER_NAME).append("-config\"\n")
                .append("  kafka_versions    = [\"").append(kafkaVersion).append("\"]\n")
                .append("  server_properties = <<PROPERTIES\n")
                .append("default.replication.factor=").append(topics.replicationFactor()).append('\n')
                .append("min.insync.replicas=").append(topics.minInsyncReplicas()).append('\n')
                .append("num.partitions=").append(topics.partitions()).append('\n')
                .append("PROPERTIES\n}\n\n")
                .append("resource \"aws_msk_cluster\" \"this\" {\n")
                .append("  cluster_name           = \"").append(Placeholders.CLUSTER_NAME).append("\"\n")
                .append("  kafka_version          = \"").append(kafkaVersion).append("\"\n")
                .append("  number_of_broker_nodes = ").append(shape.brokers()).append("\n\n")
                .append("  broker_node_group_info {\n")
                .append("    instance_type   = \"").append(shape.instanceType()).append("\"\n")
                .append("    client_subnets  = ").append(list(Placeholders.subnets(availabilityZones))).append('\n')
                .append("    security_groups = ").append(list(List.of(Placeholders.SECURITY_GROUP))).append('\n');
        if (!shape.express()) {
            sb.append("    storage_info {\n      ebs_storage_info {\n        volume_size = ").append(shape.volumeGiB()).append('\n');
            if (shape.provisionedThroughputMiBps() > 0) {
                sb.append("        provisioned_throughput {\n          enabled           = true\n")
                        .append("          volume_throughput = ").append(shape.provisionedThroughputMiBps()).append("\n        }\n");
            }
            sb.append("      }\n    }\n");
        }
        return sb.append("  }\n\n")
                .append("  configuration_info {\n")
                .append("    arn      = aws_msk_configuration.this.arn\n")
                .append("    revision = aws_msk_configuration.this.latest_revision\n")
                .append("  }\n}\n").toString();
    }

    /** A quoted HCL string: quotes and backslashes escaped, template sequences ({@code ${}, {@code %{}) made literal. */
    static String string(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("${", "$${").replace("%{", "%%{") + "\"";
    }

    /** A Terraform identifier from a cluster name: letters, digits and underscores, not starting with a digit. */
    static String resourceName(String clusterName) {
        String name = clusterName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "cluster_" + name : name;
    }

    static String list(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static final class Diff {
        private final StringBuilder text = new StringBuilder();

        void same(String line) {
            text.append(line.isEmpty() ? "" : " " + line).append('\n');
        }

        /** A line that may change; null on a side means the line is absent there. */
        void change(String before, String after) {
            if (before != null && before.equals(after)) {
                same(before);
                return;
            }
            if (before != null) {
                text.append('-').append(before).append('\n');
            }
            if (after != null) {
                text.append('+').append(after).append('\n');
            }
        }

        String text() {
            return text.toString();
        }
    }
}
