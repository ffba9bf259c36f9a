package mskplanner.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import mskplanner.app.LineItemDto;
import mskplanner.app.plan.AlternativesDto;
import mskplanner.app.plan.BillDto;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.CandidateDto;
import mskplanner.app.plan.MskDiscountDto;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.ServerlessDto;
import mskplanner.engine.format.Format;

/**
 * The decision matrix in the CLI's plain-text plan: the Serverless verdict, the alternatives, the MSK discount, every
 * deployment ranked and the break-even crossovers.
 */
final class MatrixTable {
    private final StringBuilder sb;

    private MatrixTable(StringBuilder sb) {
        this.sb = sb;
    }

    static void append(StringBuilder sb, PlanResponse r) {
        if (r.serverless() == null) {
            return;
        }
        MatrixTable t = new MatrixTable(sb);
        t.serverless(r.serverless());
        t.alternatives(r.alternatives());
        t.discount(r.mskDiscount());
        t.ranking(r);
        t.breakEven(r.breakEven());
    }

    private void serverless(ServerlessDto s) {
        line("%nMSK Serverless (%d partition%s): %s", s.partitions(), s.partitions() == 1 ? "" : "s",
                s.fits() ? "fits" : "does NOT fit");
        s.violations().forEach(v -> line("  ! %s", v.message()));
        bill("  ", "monthly", s.monthlyUsd(), s.lineItems());
        if (s.discountedMonthlyUsd() != null) {
            line("    with your MSK discount: %s per month (assumption, not an AWS price)", usd(s.discountedMonthlyUsd()));
        }
        s.history().forEach(h -> line("  older limit (history, not a rule): %s %s in %s; today %s", h.quota(),
                h.olderLimit(), h.asOf(), h.currentLimit()));
        s.notes().forEach(n -> line("  note: %s", n));
    }

    private void alternatives(AlternativesDto a) {
        line("%nAlternatives:");
        AlternativesDto.Ec2Dto e = a.selfManagedEc2();
        line("  Self-managed Kafka on EC2: %s", e.instanceType() == null ? "-"
                : e.brokers() + " x " + e.instanceType() + ", gp3 " + num(e.storageGiBPerBroker()) + " GiB per broker");
        variant("on-demand", e.onDemand());
        variant("1-year Reserved Instance", e.reserved1yr());
        variant("3-year Reserved Instance", e.reserved3yr());
        variant("1-year Savings Plan", e.savingsPlan1yr());
        variant("3-year Savings Plan", e.savingsPlan3yr());
        e.notes().forEach(n -> line("    note: %s", n));
        AlternativesDto.KinesisDto k = a.kinesis();
        line("  Kinesis Data Streams: %s; %d shards (set by %s)", k.fits() ? "fits" : "does NOT fit", k.shards(),
                k.shardBottleneck());
        k.violations().forEach(v -> line("    ! %s", v.message()));
        variant("provisioned", k.provisioned());
        variant("on-demand", k.onDemand());
        k.notes().forEach(n -> line("    note: %s", n));
        if (a.connect() != null) {
            line("  MSK Connect (%d workers x %s MCU): %s", a.connect().connectWorkers(), num(a.connect().mcuPerWorker()),
                    a.connect().monthlyUsd() == null ? "not priced" : usd(a.connect().monthlyUsd()) + " per month");
            a.connect().notes().forEach(n -> line("    note: %s", n));
        }
    }

    private void discount(MskDiscountDto d) {
        if (d == null) {
            return;
        }
        line("%nMSK discount %s%% (%s): each option's discountedMonthlyUsd; cross-AZ transfer stays at list price",
                num(d.percent()), d.label());
        if (d.cheapest() != null) {
            line("  cheapest with the discount: %s", candidate(d.cheapest(), true));
        }
    }

    private void ranking(PlanResponse r) {
        line("%nCheapest now (list prices): %s", r.cheapest() == null ? "nothing fits" : candidate(r.cheapest(), false));
        for (int i = 0; i < r.ranking().size(); i++) {
            line("  %2d. %s", i + 1, candidate(r.ranking().get(i), false));
        }
    }

    private void breakEven(BreakEvenDto b) {
        if (b == null) {
            return;
        }
        line("%nBreak-even (this workload: %s GB/hour ingested; curves at list prices):", num(b.workloadGBPerHour()));
        if (b.crossovers().isEmpty()) {
            line("  no crossovers in the swept range");
        }
        b.crossovers().forEach(c -> line("  - %s", c.sentence()));
        line("  Cheapest by average ingress:");
        b.rangeSentences().forEach(r -> line("  - %s", r));
        b.notes().forEach(n -> line("  note: %s", n));
    }

    private void variant(String label, BillDto bill) {
        if (bill != null) {
            line("    %-26s %12s per month", label, usd(bill.monthlyUsd()));
        }
    }

    private void bill(String indent, String label, BigDecimal total, List<LineItemDto> lines) {
        if (total == null) {
            return;
        }
        line("%s%s: %s (%s)", indent, label, usd(total), String.join(", ", lines.stream()
                .map(l -> l.item() + " " + usd(l.monthlyUsd())).toList()));
    }

    private static String candidate(CandidateDto c, boolean discounted) {
        String what = c.instanceType() == null ? c.label() + " (" + c.variant() + ")"
                : c.label() + " " + c.brokers() + " x " + c.instanceType() + " (" + c.variant() + ")";
        BigDecimal usd = discounted && c.discountedMonthlyUsd() != null ? c.discountedMonthlyUsd() : c.monthlyUsd();
        return what + ": " + usd(usd) + " per month";
    }

    private static String usd(BigDecimal v) {
        return Format.usd(v);
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private void line(String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
