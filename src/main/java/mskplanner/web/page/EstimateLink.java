package mskplanner.web.page;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import mskplanner.app.estimate.EstimateRequest;

/**
 * The estimate page prefilled with one cluster: {@code /estimate?region=...&hoursPerMonth=...&c0.type=...}, the
 * inputs {@link EstimateForm} reads. Numbers are written in their shortest exact form, so the page's request carries
 * the same doubles and opening the link shows the same monthly total as estimating the cluster through the API.
 */
public final class EstimateLink {
    private EstimateLink() {
    }

    /** A link to the estimate page pricing {@code cluster} (e.g. a plan option's {@code estimateCluster}). */
    public static String to(String region, double hoursPerMonth, EstimateRequest.ClusterRequest cluster) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", region);
        values.put("hoursPerMonth", number(hoursPerMonth));
        put(values, "name", cluster.name());
        put(values, "type", cluster.type());
        put(values, "instanceType", cluster.instanceType());
        put(values, "brokers", cluster.brokers());
        put(values, "storageGiBPerBroker", cluster.storageGiBPerBroker());
        put(values, "provisionedThroughputMiBps", cluster.provisionedThroughputMiBps());
        put(values, "tieredStorageGiB", cluster.tieredStorageGiB());
        put(values, "availabilityZones", cluster.availabilityZones());
        put(values, "storageGiB", cluster.storageGiB());
        put(values, "dataInGiB", cluster.dataInGiB());
        put(values, "dataOutGiB", cluster.dataOutGiB());
        put(values, "partitions", cluster.partitions());
        put(values, "mcus", cluster.mcus());
        put(values, "avgIngressMBps", cluster.avgIngressMBps());
        put(values, "avgEgressMBps", cluster.avgEgressMBps());
        put(values, "rackAwareConsumers", cluster.rackAwareConsumers());
        put(values, "replicators", cluster.replicators());
        put(values, "dataReplicatedGiB", cluster.dataReplicatedGiB());
        return "/estimate?" + QueryString.of(values);
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(EstimateForm.rowInput(0, field), value instanceof Double d ? number(d) : String.valueOf(value));
        }
    }

    /** The shortest decimal that reads back as the same double: 991.0 as 991, 1.0E-4 as 0.0001. */
    private static String number(double v) {
        String plain = BigDecimal.valueOf(v).toPlainString();
        return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
    }
}
