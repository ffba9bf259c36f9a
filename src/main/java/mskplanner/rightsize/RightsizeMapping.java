package mskplanner.rightsize;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mskplanner.engine.apply.ClusterUpdate;
import mskplanner.app.LineItemDto;
import mskplanner.app.plan.TopicsDto;
import mskplanner.engine.cost.Money;
import mskplanner.engine.rightsize.CheaperElsewhere;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.Evidence;
import mskplanner.engine.rightsize.MeasuredProfile;
import mskplanner.engine.rightsize.MetricSummary;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SizedOption;
import mskplanner.engine.rightsize.Trend;
import mskplanner.engine.rightsize.Verdict;
import mskplanner.engine.rightsize.VerdictApply;
import mskplanner.engine.units.Decimals;

/** Maps a report to its JSON contract; measured numbers are rounded to 3 decimals, money to cents. */
public final class RightsizeMapping {
    private static final int DECIMALS = 3;

    private RightsizeMapping() {
    }

    public static RightsizeResponse toResponse(RightsizeReport r) {
        return new RightsizeResponse(verdict(r.verdict(), VerdictApply.of(r)), cluster(r.cluster()),
                new RightsizeResponse.Window(r.window().start().toString(), r.window().end().toString(),
                        r.window().periodSeconds(), round(r.window().days())),
                source(r), profile(r.profile()),
                new RightsizeResponse.Capacity(round(r.capacity().ingressMBps()), round(r.capacity().egressMBps()),
                        r.capacity().partitionReplicas(), r.capacity().basis()),
                new RightsizeResponse.Cost(Money.cents(r.currentCost().monthlyUsd()),
                        r.currentCost().lineItems().stream().map(LineItemDto::of).toList()),
                r.alternatives().stream().map(RightsizeMapping::option).toList(),
                metrics(r.clusterMetrics()), metrics(r.brokerMetrics()),
                r.trends().stream().map(RightsizeMapping::trend).toList(),
                r.crossings().stream().map(RightsizeMapping::crossing).toList(),
                assumptions(r.options()), r.warnings(), r.topics().map(TopicsDto::onCluster).orElse(null));
    }

    private static RightsizeResponse.Verdict verdict(Verdict v, Optional<ClusterUpdate> apply) {
        return new RightsizeResponse.Verdict(v.kind().label(), v.headline(), v.target().map(RightsizeMapping::option).orElse(null),
                Money.cents(v.currentMonthlyUsd()), v.monthlyChangeUsd().map(Money::cents).orElse(null),
                v.evidence().stream().map(RightsizeMapping::evidence).toList(),
                v.cheaperElsewhere().map(e -> elsewhere(v, e)).orElse(null),
                apply.map(a -> new RightsizeResponse.Apply(a.awsCli(), a.cautions(), a.terraform())).orElse(null));
    }

    private static RightsizeResponse.CheaperElsewhere elsewhere(Verdict v, CheaperElsewhere e) {
        RightsizeResponse.Option o = option(e.option());
        var reference = v.target().map(SizedOption::monthlyUsd).orElse(v.currentMonthlyUsd());
        return new RightsizeResponse.CheaperElsewhere(o.deployment(), o.instanceType(), o.brokers(),
                o.storageGiBPerBroker(), o.description(), o.monthlyUsd(),
                Money.cents(reference.subtract(e.option().monthlyUsd())), e.move());
    }

    private static RightsizeResponse.Evidence evidence(Evidence e) {
        return new RightsizeResponse.Evidence(e.check(), round(e.measured()), round(e.limit()), e.unit(), e.breached(), e.note());
    }

    static RightsizeResponse.Option option(SizedOption o) {
        boolean brokers = o.brokers() > 0;
        return new RightsizeResponse.Option(o.deployment().id(), o.instanceType().isEmpty() ? null : o.instanceType(),
                brokers ? o.brokers() : null, o.storageGiBPerBroker() > 0 ? o.storageGiBPerBroker() : null,
                o.description(), Money.cents(o.monthlyUsd()));
    }

    private static RightsizeResponse.Cluster cluster(ClusterDescription c) {
        return new RightsizeResponse.Cluster(c.arn(), c.name(), c.region(), c.clusterType().name(), c.instanceType(),
                c.brokerCount(), c.volumeSizeGiB(), c.provisionedThroughputMiBps(), c.storageMode().name(), c.brokerIds(),
                c.availabilityZones());
    }

    private static RightsizeResponse.Source source(RightsizeReport r) {
        var s = r.source();
        return s.fetch().map(f -> new RightsizeResponse.Source(s.kind(), s.detail(), f.apiCalls(), f.retries(),
                        f.metricsRequested(), f.datapoints(), f.costUsd().map(c -> c.setScale(6, RoundingMode.HALF_UP)).orElse(null)))
                .orElse(new RightsizeResponse.Source(s.kind(), s.detail(), null, null, null, null, null));
    }

    private static RightsizeResponse.Profile profile(MeasuredProfile p) {
        return new RightsizeResponse.Profile(round(p.avgIngressMBps()), round(p.peakIngressMBps()), round(p.avgEgressMBps()),
                round(p.peakEgressMBps()), round(p.fanOut()), p.leaderPartitions(), p.partitionReplicas(),
                p.replicationFactor(), round(p.storageUsedGiB()), p.peakPercentile());
    }

    private static List<RightsizeResponse.Metric> metrics(List<MetricSummary> list) {
        return list.stream().map(m -> m.stats().map(s -> new RightsizeResponse.Metric(m.metric(), m.scope(), m.unit(),
                        m.points(), m.missingPoints(), round(s.mean()), round(s.p50()), round(s.p95()), round(s.p99()), round(s.max())))
                .orElse(new RightsizeResponse.Metric(m.metric(), m.scope(), m.unit(), m.points(), m.missingPoints(),
                        null, null, null, null, null))).toList();
    }

    private static RightsizeResponse.Trend trend(Trend t) {
        return new RightsizeResponse.Trend(t.series(), t.unit(), t.fit().map(f -> round(f.slopePerDay())).orElse(null),
                t.fit().map(f -> round(f.rSquared())).orElse(null),
                t.dailyP95().stream().map(d -> new RightsizeResponse.DailyValue(d.day().toString(), round(d.value()))).toList());
    }

    private static RightsizeResponse.Crossing crossing(Crossing c) {
        return new RightsizeResponse.Crossing(c.series(), c.threshold(), round(c.limit()), c.unit(),
                c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), c.date().map(LocalDate::toString).orElse(null),
                c.weakTrend());
    }

    private static RightsizeResponse.Assumptions assumptions(RightsizeOptions o) {
        return new RightsizeResponse.Assumptions(o.peakPercentile(), o.replicationFactor(), o.horizonDays(),
                o.minSavingsPercent(), o.diskHeadroom(), o.standardUtilization(), o.expressUtilization(),
                o.hoursPerMonth(), o.minRSquared(), RightsizeOptions.THRESHOLD_PERCENTILE);
    }

    public static double round(double v) {
        return Decimals.roundHalfUp(v, DECIMALS);
    }
}
