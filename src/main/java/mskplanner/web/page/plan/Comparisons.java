package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mskplanner.app.plan.AlternativesDto;
import mskplanner.app.plan.BillDto;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.ServerlessDto;
import mskplanner.app.plan.ViolationDto;
import mskplanner.engine.format.Format;

/**
 * The plan answer's {@code serverless} and {@code alternatives} parts as comparison rows, beside the overall MSK pick,
 * each with whether the workload fits and why not. Parts the answer does not carry are not shown.
 */
final class Comparisons {
    private Comparisons() {
    }

    static List<ComparisonRow> of(PlanResponse answer, PickView overall) {
        List<ComparisonRow> rows = new ArrayList<>();
        if (answer.serverless() == null && answer.alternatives() == null) {
            return rows;
        }
        if (overall.present()) {
            OptionView o = overall.option();
            rows.add(new ComparisonRow("MSK Provisioned (the overall pick)", o.title(), o.option().monthlyUsd(),
                    o.option().discountedMonthlyUsd(), o.option().fitsQuota(), List.of(), List.of()));
        }
        if (answer.serverless() != null) {
            rows.add(serverless(answer.serverless()));
        }
        AlternativesDto alternatives = answer.alternatives();
        if (alternatives != null) {
            if (alternatives.selfManagedEc2() != null) {
                rows.add(ec2(alternatives.selfManagedEc2()));
            }
            if (alternatives.kinesis() != null) {
                kinesis(alternatives.kinesis(), rows);
            }
            if (alternatives.connect() != null) {
                rows.add(connect(alternatives.connect()));
            }
        }
        return rows;
    }

    private static ComparisonRow serverless(ServerlessDto s) {
        List<String> notes = new ArrayList<>(s.notes());
        s.history().forEach(h -> notes.add("Older limit (" + h.asOf() + "): " + h.quota() + " " + h.olderLimit()
                + ", now " + h.currentLimit() + "."));
        String partitions = s.partitions() > 0 ? s.partitions() + " partitions" : "";
        return new ComparisonRow("MSK Serverless", partitions, s.monthlyUsd(), s.discountedMonthlyUsd(), s.fits(),
                messages(s.violations()), notes);
    }

    /** One row, on-demand: the ranking lists every way of paying for the instances. */
    private static ComparisonRow ec2(AlternativesDto.Ec2Dto ec2) {
        String sizing = ec2.instanceType() == null ? "" : ec2.brokers() + " \u00D7 " + ec2.instanceType();
        return new ComparisonRow("Self-managed Kafka on EC2, on-demand", sizing, monthly(ec2.onDemand()), null, null,
                List.of(), ec2.notes());
    }

    private static void kinesis(AlternativesDto.KinesisDto kinesis, List<ComparisonRow> rows) {
        String detail = kinesis.shards() + " shards";
        if (kinesis.shardBottleneck() != null && !kinesis.shardBottleneck().isEmpty()) {
            detail += " (for " + kinesis.shardBottleneck() + ")";
        }
        List<String> violations = messages(kinesis.violations());
        rows.add(new ComparisonRow("Kinesis Data Streams, provisioned", detail, monthly(kinesis.provisioned()), null,
                kinesis.fits(), violations, kinesis.notes()));
        rows.add(new ComparisonRow("Kinesis Data Streams, on-demand", "", monthly(kinesis.onDemand()), null, kinesis.fits(),
                violations, List.of()));
    }

    private static ComparisonRow connect(AlternativesDto.ConnectDto connect) {
        String sizing = connect.connectWorkers() == 0 ? ""
                : connect.connectWorkers() + " workers \u00D7 " + Format.number(connect.mcuPerWorker()) + " MCU";
        return new ComparisonRow("MSK Connect (in addition)", sizing, connect.monthlyUsd(), null, null, List.of(),
                connect.notes());
    }

    private static BigDecimal monthly(BillDto bill) {
        return bill == null ? null : bill.monthlyUsd();
    }

    private static List<String> messages(List<ViolationDto> violations) {
        return violations.stream().map(ViolationDto::message).toList();
    }
}
