package mskplanner.engine.rightsize;

import static mskplanner.engine.rightsize.VerdictText.deploymentName;
import static mskplanner.engine.rightsize.VerdictText.describe;
import static mskplanner.engine.rightsize.VerdictText.fmt;
import static mskplanner.engine.rightsize.VerdictText.change;
import static mskplanner.engine.rightsize.VerdictText.usd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.limits.Limits;

/**
 * Judges a provisioned cluster (sizing-model.md section 7). Under-provisioned when, now or at the forecast horizon,
 * the hottest broker's CPU p95 is above the CPU alarm (60%), the fullest broker's disk p95 above 80%, or peak
 * ingress, peak egress or partition replicas above what the cluster carries at the target utilisation. Otherwise a
 * cheaper option of another deployment class that saves at least {@code minSavingsPercent} means "switch", a
 * cheaper shape of the same family "over-provisioned", and anything else "right-sized".
 */
public final class VerdictRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Catalog catalog;
    private final Limits limits;
    private final CostCalculator costs;
    private final SizingPort sizing;
    private final RightsizeOptions options;
    private final Candidates candidates;

    public VerdictRules(Catalog catalog, Limits limits, CostCalculator costs, SizingPort sizing, RightsizeOptions options) {
        this.catalog = catalog;
        this.limits = limits;
        this.costs = costs;
        this.sizing = sizing;
        this.options = options;
        this.candidates = new Candidates(catalog, limits, costs, sizing, options);
    }

    /** Judges the cluster on its measured load and on the load forecast at the horizon ({@code demand}). */
    public Judgement judge(ClusterDescription cluster, ObservedLoad measured, ObservedLoad demand) {
        return judge(cluster, measured, demand, List.of());
    }

    /**
     * Judges the cluster, or, when a broker of it reported no data ({@code silentBrokers}), says the verdict is
     * undecided: the load it measured is partial, and a verdict on it would understate what the cluster carries.
     */
    public Judgement judge(ClusterDescription cluster, ObservedLoad measured, ObservedLoad demand,
                           List<String> silentBrokers) {
        InstanceType type = instanceType(cluster);
        Capacity now = sizing.capacity(type, cluster.brokerCount(), measured.profile());
        Capacity later = sizing.capacity(type, cluster.brokerCount(), demand.profile());
        CostBreakdown current = costs.monthly(currentSpec(cluster, type, measured.profile()));
        List<Evidence> evidence = new ArrayList<>(checks("", measured, now));
        List<Evidence> forecast = checks(" at +" + options.horizonDays() + " days", demand, later);
        // Both lists hold the same checks in the same order; a forecast adds news only where today is fine.
        for (int i = 0; i < forecast.size(); i++) {
            if (forecast.get(i).breached() && !evidence.get(i).breached()) {
                evidence.add(forecast.get(i));
            }
        }
        if (!silentBrokers.isEmpty()) {
            return new Judgement(undecided(silentBrokers, current, evidence), now, current, List.of());
        }
        Optional<SizedOption> best = candidates.cheapest(cluster, type, demand);
        List<SizedOption> alternatives = alternatives(best, candidates.otherFamilies(cluster, type, demand),
                demand.profile());
        boolean fitsNow = fits(checks("", measured, now));
        boolean fitsLater = fits(forecast);
        Verdict verdict = !fitsNow || !fitsLater
                ? underProvisioned(cluster, type, current, best, evidence, fitsNow)
                : provisioned(current, best, alternatives, evidence, cluster);
        return new Judgement(new Elsewhere(catalog, cluster, type).decorate(verdict, alternatives), now, current,
                alternatives);
    }

    private static Verdict undecided(List<String> silent, CostBreakdown current, List<Evidence> evidence) {
        String who = silent.size() == 1 ? "Broker " + silent.get(0) + " reported" : "Brokers " + String.join(", ", silent)
                + " reported";
        return new Verdict(Verdict.Kind.UNDECIDED, "Undecided: " + who + " no data in the window, so the measured "
                + "load is partial and no verdict is given. Check whether it was down or replaced, or analyse a window "
                + "in which every broker reported.", Optional.empty(), current.monthlyUsd(), Optional.empty(), evidence);
    }

    /** What the cluster carries, at the target utilisation, for a workload shaped like {@code profile}. */
    public Capacity capacity(ClusterDescription cluster, MeasuredProfile profile) {
        return sizing.capacity(instanceType(cluster), cluster.brokerCount(), profile);
    }

    private InstanceType instanceType(ClusterDescription cluster) {
        return catalog.find(cluster.instanceType()).orElseThrow(() -> new InvalidInputException("cluster.instanceType",
                cluster.instanceType(), "a broker size msk-planner knows: " + catalog.names(Deployment.STANDARD)
                        + ", " + catalog.names(Deployment.EXPRESS)));
    }

    private int zones(ClusterDescription cluster, InstanceType type) {
        return type.deployment() == Deployment.EXPRESS ? limits.express().availabilityZones() : cluster.availabilityZones();
    }

    private ClusterSpec currentSpec(ClusterDescription c, InstanceType type, MeasuredProfile p) {
        return type.deployment() == Deployment.EXPRESS
                ? Specs.express(c.name(), type, c.brokerCount(), p, zones(c, type), options.hoursPerMonth())
                : Specs.standard(c.name(), type, c.brokerCount(), c.volumeSizeGiB(), c.provisionedThroughputMiBps(),
                        c.availabilityZones(), p);
    }

    private List<Evidence> checks(String when, ObservedLoad load, Capacity cap) {
        Limits.Standard std = limits.standard();
        MeasuredProfile p = load.profile();
        String peak = "p" + fmt(p.peakPercentile());
        List<Evidence> list = new ArrayList<>();
        list.add(evidence("CPU p95, hottest broker" + when, load.cpuP95Percent(), std.cpuAlarmPercent(), "%",
                "MSK best practice: CpuUser + CpuSystem under " + fmt(std.cpuAlarmPercent()) + "%"));
        load.diskP95Percent().ifPresent(d -> list.add(evidence("Disk used p95, fullest broker" + when, d,
                std.diskRightSizeMaxPercent(), "%",
                "keep data-log volumes under " + fmt(std.diskRightSizeMaxPercent()) + "%")));
        list.add(evidence("Peak ingress (" + peak + ")" + when, p.peakIngressMBps(), cap.ingressMBps(), "MB/s", cap.basis()));
        list.add(evidence("Peak egress (" + peak + ")" + when, p.peakEgressMBps(), cap.egressMBps(), "MB/s",
                "ingress capacity x fan-out " + fmt(p.fanOut())));
        list.add(evidence("Partition replicas" + when, p.partitionReplicas(), cap.partitionReplicas(), "replicas",
                "recommended partitions per broker x brokers"));
        if (when.isEmpty()) {
            list.add(new Evidence("CPU max, hottest broker (informational)", load.cpuMaxPercent(),
                    std.cpuReassignMaxPercent(), "%", load.cpuMaxPercent() > std.cpuReassignMaxPercent(),
                    "do not reassign partitions while CPU is above " + fmt(std.cpuReassignMaxPercent()) + "%"));
        }
        return list;
    }

    private static Evidence evidence(String check, double measured, double limit, String unit, String note) {
        return new Evidence(check, measured, limit, unit, measured > limit, note);
    }

    private static boolean fits(List<Evidence> checks) {
        return checks.stream().filter(e -> !e.check().contains("informational")).noneMatch(Evidence::breached);
    }

    private List<SizedOption> alternatives(Optional<SizedOption> best, List<SizedOption> otherFamilies,
                                           MeasuredProfile p) {
        List<SizedOption> list = new ArrayList<>();
        best.ifPresent(list::add);
        otherFamilies.stream().filter(o -> list.stream().noneMatch(l -> l.description().equals(o.description())))
                .forEach(list::add);
        for (Deployment d : List.of(Deployment.STANDARD, Deployment.EXPRESS, Deployment.SERVERLESS)) {
            sizing.cheapestFitting(d, p)
                    .filter(o -> list.stream().noneMatch(l -> l.description().equals(o.description())))
                    .ifPresent(list::add);
        }
        return list;
    }

    private Verdict underProvisioned(ClusterDescription cluster, InstanceType type, CostBreakdown current,
                                     Optional<SizedOption> best, List<Evidence> evidence, boolean fitsNow) {
        String when = fitsNow ? " within " + options.horizonDays() + " days" : "";
        String why = evidence.stream().filter(Evidence::breached).filter(e -> !e.check().contains("informational"))
                .map(VerdictText::describe).findFirst().orElse("");
        if (best.isEmpty()) {
            return new Verdict(Verdict.Kind.UNDER_PROVISIONED, "Under-provisioned" + when + ": no " + type.family()
                    + " shape up to " + limits.standard().brokersPerClusterKraft() + " brokers carries this load (" + why
                    + "); consider a larger family, Express brokers or splitting the cluster.",
                    Optional.empty(), current.monthlyUsd(), Optional.empty(), evidence);
        }
        BigDecimal change = best.get().monthlyUsd().subtract(current.monthlyUsd());
        return new Verdict(Verdict.Kind.UNDER_PROVISIONED, "Under-provisioned" + when + ": scale up to "
                + best.get().description() + " (" + change(change) + "); " + why + ".",
                best, current.monthlyUsd(), Optional.of(change), evidence);
    }

    private Verdict provisioned(CostBreakdown current, Optional<SizedOption> best, List<SizedOption> alternatives,
                                List<Evidence> evidence, ClusterDescription cluster) {
        BigDecimal now = current.monthlyUsd();
        BigDecimal reference = best.map(SizedOption::monthlyUsd).filter(b -> b.compareTo(now) < 0).orElse(now);
        Optional<SizedOption> other = alternatives.stream()
                .filter(o -> o.deployment() != (cluster.express() ? Deployment.EXPRESS : Deployment.STANDARD))
                .min(Comparator.comparing(SizedOption::monthlyUsd));
        if (other.isPresent() && saves(reference, other.get().monthlyUsd())) {
            BigDecimal change = other.get().monthlyUsd().subtract(now);
            return new Verdict(Verdict.Kind.SWITCH_DEPLOYMENT, "Consider " + deploymentName(other.get()) + ": "
                    + other.get().description() + " carries this workload for " + usd(other.get().monthlyUsd())
                    + " per month, " + change(change) + ".", other, now, Optional.of(change), evidence);
        }
        if (best.isPresent() && saves(now, best.get().monthlyUsd())) {
            BigDecimal change = best.get().monthlyUsd().subtract(now);
            return new Verdict(Verdict.Kind.OVER_PROVISIONED, "Over-provisioned: scale down to " + best.get().description()
                    + ", " + change(change) + " (now " + usd(now) + " per month).", best, now,
                    Optional.of(change), evidence);
        }
        Evidence tightest = evidence.stream().filter(e -> !e.check().contains("informational"))
                .max(Comparator.comparingDouble(Evidence::utilisation)).orElseThrow();
        return new Verdict(Verdict.Kind.RIGHT_SIZED, "Right-sized: the tightest check is " + describe(tightest)
                + Elsewhere.RIGHT_SIZED_TAIL, Optional.empty(), now, Optional.empty(), evidence);
    }

    private boolean saves(BigDecimal from, BigDecimal to) {
        BigDecimal minSaving = from.multiply(BigDecimal.valueOf(options.minSavingsPercent())).divide(HUNDRED);
        return from.subtract(to).compareTo(minSaving) >= 0 && to.compareTo(from) < 0;
    }
}
