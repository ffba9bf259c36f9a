package mskplanner.web.page.plan;

import java.util.Locale;
import mskplanner.engine.format.Format;

/**
 * One constraint of a broker option, drawn as a bar: the workload's demand against what the option's brokers provide.
 *
 * @param name the constraint (ingress, egress, partitions, storage, pst, replication)
 * @param brokersNeeded brokers this constraint alone needs
 * @param demand what the workload asks of the cluster, in {@code unit}
 * @param capacityPerBroker what one broker provides, in {@code unit}
 * @param unit unit of demand and capacity
 * @param brokers brokers of the option
 * @param bottleneck whether this constraint decides the broker count
 */
public record ConstraintBar(String name, int brokersNeeded, double demand, double capacityPerBroker, String unit,
                            int brokers, boolean bottleneck) {

    public double clusterCapacity() {
        return capacityPerBroker * brokers;
    }

    /** Demand as a share of the option's capacity. */
    public double usedFraction() {
        return clusterCapacity() > 0 ? demand / clusterCapacity() : 0;
    }

    public String meterMax() {
        return plain(Math.max(clusterCapacity(), demand));
    }

    public String meterValue() {
        return plain(demand);
    }

    /** E.g. {@code 120 of 147.46 (81%)}; the unit is named once, in {@link #arithmetic()}. */
    public String usedText() {
        return Format.number(demand) + " of " + Format.number(clusterCapacity()) + " (" + Format.percent(usedFraction()) + ")";
    }

    /** E.g. {@code MB/s peak ingress: 120 ÷ 12.29 per broker → 12 brokers (a multiple of the AZs)}. */
    public String arithmetic() {
        return unit + ": " + Format.number(demand) + " \u00F7 " + Format.number(capacityPerBroker) + " per broker \u2192 "
                + brokersNeeded + (brokersNeeded == 1 ? " broker" : " brokers");
    }

    private static String plain(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
