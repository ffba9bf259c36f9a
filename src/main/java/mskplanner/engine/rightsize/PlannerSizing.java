package mskplanner.engine.rightsize;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import mskplanner.engine.alternatives.ClientAuthentication;
import mskplanner.engine.alternatives.ServerlessFit;
import mskplanner.engine.alternatives.ServerlessPlanner;
import mskplanner.engine.alternatives.ServerlessWorkload;
import mskplanner.engine.alternatives.Traffic;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.UnknownPriceException;
import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.sizing.ConstraintName;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Planner;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;

/**
 * The sizing engine ({@link Planner}, {@link ServerlessPlanner}) behind {@link SizingPort}. The measured workload is
 * turned into a {@link WorkloadProfile}: rates as measured, the leader partitions counted, and a retention that
 * reproduces the data stored (stored GiB / average ingress), since retention itself is not visible in CloudWatch.
 * Consumers are taken as rack-aware and Serverless clients as using IAM; the report says so.
 */
public final class PlannerSizing implements SizingPort {
    /** A rate the sizing engine accepts for an idle cluster, MB/s: it needs rates above zero. */
    static final double IDLE_MBPS = 0.001;
    /** Below one hour of retention the storage formula says nothing useful. */
    static final double MIN_RETENTION_HOURS = 1;

    private final Planner planner;
    private final ServerlessPlanner serverless;
    private final PriceSheet prices;
    private final Limits limits;
    private final RightsizeOptions options;
    private final PriceSheet unpriced;
    private final Map<MeasuredProfile, Optional<Plan>> plans = new HashMap<>();
    private final Map<MeasuredProfile, Plan> capacities = new HashMap<>();

    public PlannerSizing(Catalog catalog, Limits limits, PriceSheet prices, RightsizeOptions options) {
        this.planner = new Planner(catalog, limits);
        this.serverless = new ServerlessPlanner(prices, limits, options.hoursPerMonth());
        this.prices = prices;
        this.unpriced = ZeroPrices.of(catalog, prices.region());
        this.limits = limits;
        this.options = options;
    }

    @Override
    public Capacity capacity(InstanceType type, int brokers, MeasuredProfile profile) {
        // Capacity does not depend on prices; a zero-priced plan has one even where the region lacks some prices.
        Plan plan = capacities.computeIfAbsent(profile, m -> planner.plan(input(m), unpriced));
        var option = plan.options().stream().filter(o -> o.instanceType().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sizing engine did not size " + type.name()));
        double in = option.constraint(ConstraintName.INGRESS).orElseThrow().capacityPerBroker();
        double out = option.constraint(ConstraintName.EGRESS).orElseThrow().capacityPerBroker();
        double partitions = option.constraint(ConstraintName.PARTITIONS).orElseThrow().capacityPerBroker();
        String basis = type.deployment() == Deployment.EXPRESS
                ? "Express sustained ingress x " + options.expressUtilization() + " utilisation"
                : Preset.AWS_WORKBOOK.id() + ": min(ebs / storage factor, nic / network factor) x "
                        + options.standardUtilization() + " utilisation";
        return new Capacity(in * brokers, out * brokers, (int) Math.round(partitions * brokers), basis);
    }

    @Override
    public Optional<SizedOption> cheapestFitting(Deployment deployment, MeasuredProfile profile) {
        return switch (deployment) {
            case SERVERLESS -> serverless(profile);
            case EXPRESS -> plan(profile).flatMap(p -> p.recommended().express()).map(PlannerSizing::option);
            case STANDARD -> plan(profile).flatMap(p -> p.recommended().m5().isPresent() && p.recommended().m7g().isPresent()
                    ? Optional.of(cheaper(p.recommended().m5().get(), p.recommended().m7g().get()))
                    : p.recommended().m5().or(() -> p.recommended().m7g())).map(PlannerSizing::option);
            default -> Optional.empty();
        };
    }

    /** The priced plan; empty where the region lacks a price the sizing engine needs. */
    private Optional<Plan> plan(MeasuredProfile m) {
        return plans.computeIfAbsent(m, k -> {
            try {
                return Optional.of(planner.plan(input(k), prices));
            } catch (UnknownPriceException e) {
                return Optional.empty();
            }
        });
    }

    private PlanInput input(MeasuredProfile m) {
        Assumptions a = Assumptions.builder(limits).utilizationStandard(options.standardUtilization())
                .utilizationExpress(options.expressUtilization()).diskHeadroom(options.diskHeadroom())
                .hoursPerMonth(options.hoursPerMonth()).build();
        return new PlanInput(workload(m), a, Preset.AWS_WORKBOOK);
    }

    /** The measured workload in the sizing engine's terms. */
    WorkloadProfile workload(MeasuredProfile m) {
        double avgIn = Math.max(IDLE_MBPS, m.avgIngressMBps());
        double avgOut = Math.max(IDLE_MBPS, m.avgEgressMBps());
        double local = retentionHours(m);
        return new WorkloadProfile(avgIn, Math.max(avgIn, m.peakIngressMBps()), avgOut, Math.max(avgOut, m.peakEgressMBps()),
                OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalLong.empty(),
                OptionalInt.of(Math.max(1, m.leaderPartitions())), 1, m.replicationFactor(),
                Math.max(1, Math.min(2, m.replicationFactor() - 1)), m.availabilityZones(),
                m.tieredStorage() ? local + 1 : local, local, OptionalDouble.empty(), true);
    }

    /** The retention that keeps what is stored at the average ingress: stored GiB / GiB arriving per hour. */
    public static double retentionHours(MeasuredProfile m) {
        double gibPerHour = BilledUnits.storedGb(Math.max(IDLE_MBPS, m.avgIngressMBps()), 1);
        return Math.min(WorkloadProfile.MAX_RETENTION_HOURS, Math.max(MIN_RETENTION_HOURS, m.storageUsedGiB() / gibPerHour));
    }

    private Optional<SizedOption> serverless(MeasuredProfile m) {
        var traffic = new Traffic(m.avgIngressMBps(), Math.max(m.avgIngressMBps(), m.peakIngressMBps()), m.avgEgressMBps(),
                Math.max(m.avgEgressMBps(), m.peakEgressMBps()));
        var workload = new ServerlessWorkload(traffic, Math.max(1, m.leaderPartitions()), 0,
                limits.kafka().defaultMaxMessageBytes(), retentionHours(m), ClientAuthentication.IAM);
        try {
            ServerlessFit fit = serverless.plan(workload);
            return fit.fits() ? Optional.of(new SizedOption(Deployment.SERVERLESS, "", 0, 0, fit.cost())) : Optional.empty();
        } catch (UnknownPriceException e) {
            return Optional.empty();
        }
    }

    private static mskplanner.engine.sizing.SizedOption cheaper(mskplanner.engine.sizing.SizedOption a,
                                                                mskplanner.engine.sizing.SizedOption b) {
        return b.monthlyUsd().compareTo(a.monthlyUsd()) < 0 ? b : a;
    }

    private static SizedOption option(mskplanner.engine.sizing.SizedOption o) {
        return new SizedOption(o.deployment(), o.instanceType().name(), o.brokers(), o.storageGiBPerBroker(), o.cost(),
                Specs.throughputMiBps(o.spec()));
    }
}
