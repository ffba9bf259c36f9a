package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.LineItemDto;
import mskplanner.engine.alternatives.KinesisShards;
import mskplanner.engine.alternatives.SelfManagedEc2Estimate;
import mskplanner.engine.alternatives.SelfManagedEc2Input;
import mskplanner.engine.cost.Money;
import mskplanner.engine.matrix.Matrix;

/**
 * The seed guide's alternatives to MSK: self-managed Kafka on EC2, Kinesis Data Streams and, when requested, MSK
 * Connect. A bill the region cannot price is null, with a "not priced in" note.
 */
public record AlternativesDto(Ec2Dto selfManagedEc2, KinesisDto kinesis, ConnectDto connect) {

    /**
     * Self-managed Kafka on the EC2 type matching the MSK Standard pick, with the same broker count. Reserved
     * Instances and Savings Plans are null where the bundled data has no rate.
     */
    public record Ec2Dto(String instanceType, Integer brokers, Double storageGiBPerBroker,
                         Double storageThroughputMiBpsPerBroker, BillDto onDemand, BillDto reserved1yr,
                         BillDto reserved3yr, BillDto savingsPlan1yr, BillDto savingsPlan3yr, List<String> notes) {
        static Ec2Dto of(Matrix.Ec2Verdict v) {
            SelfManagedEc2Input in = v.input().orElse(null);
            SelfManagedEc2Estimate e = v.estimate().orElse(null);
            return new Ec2Dto(in == null ? null : in.ec2Type(), in == null ? null : in.brokers(),
                    in == null ? null : in.storageGiBPerBroker(), in == null ? null : in.storageThroughputMiBpsPerBroker(),
                    e == null ? null : BillDto.of(e.onDemand()), e == null ? null : e.reserved1yr().map(BillDto::of).orElse(null),
                    e == null ? null : e.reserved3yr().map(BillDto::of).orElse(null),
                    e == null ? null : e.savingsPlan1yr().map(BillDto::of).orElse(null),
                    e == null ? null : e.savingsPlan3yr().map(BillDto::of).orElse(null), v.notes());
        }
    }

    /**
     * Kinesis Data Streams: provisioned shards (the largest of the three needs; {@code shardBottleneck} names it) and
     * both capacity modes' bills.
     */
    public record KinesisDto(boolean fits, List<ViolationDto> violations, long shards, String shardBottleneck,
                             ShardsDto shardsBy, BillDto provisioned, BillDto onDemand, List<String> notes) {
        static KinesisDto of(Matrix.KinesisVerdict v) {
            KinesisShards s = v.shards();
            return new KinesisDto(v.fits(), v.violations().stream().map(ViolationDto::of).toList(), s.shards(),
                    s.bottleneck(), new ShardsDto(s.forIngressBytes(), s.forIngressRecords(), s.forEgress()),
                    v.estimate().map(e -> BillDto.of(e.provisioned())).orElse(null),
                    v.estimate().map(e -> BillDto.of(e.onDemand())).orElse(null), v.notes());
        }
    }

    /** Shards each constraint needs: peak MB/s in, peak records/s in, peak MB/s read by shared-throughput consumers. */
    public record ShardsDto(long ingressBytes, long ingressRecords, long egress) {
    }

    /** MSK Connect workers x MCU per worker, priced per MCU-hour; {@code monthlyUsd} null where not priced. */
    public record ConnectDto(int connectWorkers, double mcuPerWorker, BigDecimal monthlyUsd, List<LineItemDto> lineItems,
                             List<String> notes) {
        static ConnectDto of(Matrix.ConnectVerdict v) {
            return new ConnectDto(v.workers().connectWorkers(), v.workers().mcuPerWorker(),
                    v.cost().map(c -> Money.cents(c.monthlyUsd())).orElse(null),
                    v.cost().map(c -> c.lineItems().stream().map(LineItemDto::of).toList()).orElse(List.of()), v.notes());
        }
    }

    static AlternativesDto of(Matrix m) {
        return new AlternativesDto(Ec2Dto.of(m.selfManagedEc2()), KinesisDto.of(m.kinesis()),
                m.connect().map(ConnectDto::of).orElse(null));
    }
}
