package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.LineItemDto;
import mskplanner.engine.alternatives.HistoricalLimit;
import mskplanner.engine.cost.Money;
import mskplanner.engine.matrix.Matrix;

/**
 * MSK Serverless for the workload: whether it fits, each violated quota, the seed guide's older quotas as history
 * (never rules), and the bill (cluster-hours, partition-hours, data in, data out, storage). {@code monthlyUsd} is
 * given even when the workload does not fit, and is null only when the region has no Serverless prices (see
 * {@code notes}). {@code discountedMonthlyUsd} is set only with an {@code mskDiscountPercent} (an assumption).
 */
public record ServerlessDto(boolean fits, int partitions, List<ViolationDto> violations, List<HistoryDto> history,
                            BigDecimal monthlyUsd, BigDecimal discountedMonthlyUsd, List<LineItemDto> lineItems,
                            List<String> notes) {

    /** An older value of a quota, for context. */
    public record HistoryDto(String quota, String olderLimit, String currentLimit, String asOf, String note) {
        static HistoryDto of(HistoricalLimit h) {
            return new HistoryDto(h.quota(), h.olderLimit(), h.currentLimit(), h.asOf(), h.note());
        }
    }

    static ServerlessDto of(Matrix.ServerlessVerdict s, BigDecimal discounted) {
        return new ServerlessDto(s.fits(), s.partitions(), s.violations().stream().map(ViolationDto::of).toList(),
                s.history().stream().map(HistoryDto::of).toList(),
                s.cost().map(c -> Money.cents(c.monthlyUsd())).orElse(null), discounted,
                s.cost().map(c -> c.lineItems().stream().map(LineItemDto::of).toList()).orElse(List.of()), s.notes());
    }
}
