package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.spec.ClientTraffic;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The plan's bills (CostCalculator with its memoised decimals, whole-number shortcut, cached labels and totals
 * compared once) against a straightforward reference written here: every quantity through
 * {@code new BigDecimal(Double.toString(q))}, every line quantity x price, totals summed line by line, picks by a
 * plain minimum. Identical means equal line items (value and scale), equal totals and the same picks.
 */
class FastBillAgainstReferenceTest {
    private static final PriceSheet PRICES = Fixtures.usEast1();

    record Case(WorkloadProfile profile, double hoursPerMonth, Preset preset) {
    }

    @Property(tries = 3000)
    void every_option_bills_as_the_reference_does_and_the_picks_agree(@ForAll("cases") Case c) {
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).hoursPerMonth(c.hoursPerMonth()).build();
        Plan plan = SizingFixtures.planner().plan(new PlanInput(c.profile(), a, c.preset()), PRICES);
        for (SizedOption o : plan.options()) {
            List<LineItem> reference = reference(o, c.hoursPerMonth());
            assertThat(o.cost().lineItems()).as(o.instanceType().name()).isEqualTo(reference);
            assertThat(o.monthlyUsd()).isEqualTo(total(reference));
        }
        for (String cls : Recommendations.CLASSES) {
            assertThat(plan.recommended().of(cls).map(o -> o.instanceType().name()))
                    .as(cls).isEqualTo(referencePick(plan.options(), cls, c.hoursPerMonth()));
        }
    }

    @Property(tries = 500)
    void two_bills_compare_exactly_as_their_reference_totals_do(@ForAll("cases") Case c) {
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).hoursPerMonth(c.hoursPerMonth()).build();
        List<SizedOption> options = SizingFixtures.planner().plan(new PlanInput(c.profile(), a, c.preset()), PRICES).options();
        for (SizedOption x : options) {
            for (SizedOption y : options) {
                // every pair, tied sizes (6 x large and 3 x xlarge) among them: only their differing lines are written
                int expected = total(reference(x, c.hoursPerMonth())).compareTo(total(reference(y, c.hoursPerMonth())));
                assertThat(CostBreakdown.compareMonthly(x.cost(), y.cost())).as(x.instanceType().name() + " vs "
                        + y.instanceType().name()).isEqualTo(Integer.signum(expected));
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> avg = Arbitraries.oneOf(Arbitraries.doubles().between(0.01, 2_000),
                Arbitraries.integers().between(1, 2_000).map(Integer::doubleValue));
        Arbitrary<Double> burst = Arbitraries.doubles().between(1, 4);
        Arbitrary<Integer> groups = Arbitraries.integers().between(1, 6);
        Arbitrary<Double> retention = Arbitraries.oneOf(Arbitraries.integers().between(1, 24 * 60).map(Integer::doubleValue),
                Arbitraries.doubles().between(1, 24 * 60));
        Arbitrary<Integer> tieredShare = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> zones = Arbitraries.of(2, 3);
        Arbitrary<Boolean> rackAware = Arbitraries.of(true, false);
        Arbitrary<Optional<Double>> pst = Arbitraries.of(Optional.<Double>empty(), Optional.of(300.0), Optional.of(812.5));
        Arbitrary<Double> hours = Arbitraries.of(730.0, 744.0, 730.5, 672.25);
        Arbitrary<Preset> preset = Arbitraries.of(Preset.values());
        return Combinators.combine(avg, burst, groups, retention, tieredShare, zones, rackAware, pst)
                .as((in, b, g, r, t, z, rack, p) -> {
                    WorkloadProfileBuilder builder = WorkloadProfile.builder().avgIngressMBps(in).peakIngressMBps(in * b)
                            .consumerGroups(g).retentionHours(r).availabilityZones(z).rackAwareConsumers(rack);
                    if (t > 0) {
                        builder.localRetentionHours(Math.max(1, Math.floor(r / (t + 1))));
                    }
                    p.ifPresent(builder::provisionedThroughputMiBps);
                    return builder.build();
                })
                .flatMap(profile -> Combinators.combine(hours, preset).as((h, pr) -> new Case(profile, h, pr)));
    }

    private static BigDecimal dec(double v) {
        return new BigDecimal(Double.toString(v));
    }

    private static List<LineItem> reference(SizedOption o, double hoursPerMonth) {
        List<LineItem> lines = new ArrayList<>();
        BigDecimal hours = dec(hoursPerMonth);
        if (o.spec() instanceof StandardClusterSpec s) {
            BigDecimal brokers = new BigDecimal(s.brokers());
            line(lines, "Broker-hours " + s.instanceType().name(), hours.multiply(brokers),
                    PriceItem.brokerHour(s.instanceType().name()), true);
            line(lines, "Broker storage (EBS)", brokers.multiply(dec(s.storageGiBPerBroker())), PriceItem.STORAGE_GB_MONTH, false);
            line(lines, "Provisioned storage throughput", brokers.multiply(dec(s.provisionedThroughputMiBps())),
                    PriceItem.PST_MIBPS_MONTH, false);
            line(lines, "Tiered storage", dec(s.tieredStorageGiB()), PriceItem.TIERED_STORAGE_GB_MONTH, false);
            crossAz(lines, s.traffic().orElseThrow(), s.availabilityZones(), hoursPerMonth);
        } else if (o.spec() instanceof ExpressClusterSpec e) {
            line(lines, "Broker-hours " + e.instanceType().name(), hours.multiply(new BigDecimal(e.brokers())),
                    PriceItem.brokerHour(e.instanceType().name()), true);
            line(lines, "Express storage", dec(e.storageGiB()), PriceItem.EXPRESS_STORAGE_GB_MONTH, false);
            line(lines, "Express data written", dec(e.dataInGiB()), PriceItem.EXPRESS_DATA_IN_GB, false);
            crossAz(lines, e.traffic().orElseThrow(), e.availabilityZones(), hoursPerMonth);
        } else {
            throw new AssertionError("a plan option is Standard or Express: " + o.spec());
        }
        return lines;
    }

    private static void crossAz(List<LineItem> lines, ClientTraffic t, int zones, double hoursPerMonth) {
        // both directions billed: every GB crossing is two billed GB
        double gib = t.crossAzGiB(zones, dec(hoursPerMonth).doubleValue());
        line(lines, "Cross-AZ data transfer (out + in)", dec(gib).multiply(new BigDecimal(2)), PriceItem.INTER_AZ_GB, false);
    }

    private static void line(List<LineItem> lines, String label, BigDecimal quantity, String item, boolean always) {
        if (always || quantity.signum() > 0) {
            BigDecimal price = PRICES.require(item);
            lines.add(new LineItem(label, quantity, PRICES.unitOf(item), price, quantity.multiply(price)));
        }
    }

    private static BigDecimal total(List<LineItem> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem l : lines) {
            total = total.add(l.monthlyUsd());
        }
        return total;
    }

    /** The first option of the class within the quota with the smallest reference total. */
    private static Optional<String> referencePick(List<SizedOption> options, String cls, double hoursPerMonth) {
        List<SizedOption> candidates = new ArrayList<>();
        for (SizedOption o : options) {
            if (o.fitsQuota() && o.recommendationClass().filter(cls::equals).isPresent()) {
                candidates.add(o);
            }
        }
        SizedOption best = null;
        BigDecimal bestTotal = null;
        for (SizedOption o : candidates) {
            BigDecimal t = total(reference(o, hoursPerMonth));
            if (best == null || t.compareTo(bestTotal) < 0) {
                best = o;
                bestTotal = t;
            }
        }
        return Optional.ofNullable(best).map(o -> o.instanceType().name());
    }
}
