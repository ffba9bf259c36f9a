package mskplanner.engine.matrix;

import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.alternatives.ClientAuthentication;
import mskplanner.engine.alternatives.OpsAssumption;

/**
 * What the decision matrix needs beyond the sizing plan's input.
 *
 * @param mskDiscountPercent the user's private-pricing / EDP discount on MSK lines, 0..100 (an assumption, never an
 *                           AWS price)
 * @param ops the user's operations effort for self-managed Kafka, if any
 * @param compactedPartitions how many leader partitions belong to compacted topics (Serverless has a lower quota)
 * @param authentication how clients authenticate (Serverless accepts IAM only)
 * @param connect MSK Connect workers to price, if any
 * @param breakEven whether to run the break-even sweep (false skips it for speed)
 */
public record MatrixInput(double mskDiscountPercent, Optional<OpsAssumption> ops, int compactedPartitions,
                          ClientAuthentication authentication, Optional<ConnectWorkers> connect, boolean breakEven) {
    public MatrixInput {
        if (!(mskDiscountPercent >= 0 && mskDiscountPercent <= 100)) {
            throw new InvalidInputException("mskDiscountPercent", mskDiscountPercent, "a percentage from 0 to 100");
        }
        if (compactedPartitions < 0) {
            throw new InvalidInputException("compactedPartitions", compactedPartitions, "a whole number >= 0");
        }
        if (ops == null || authentication == null || connect == null) {
            throw new IllegalArgumentException("ops, authentication and connect are required (Optional.empty() for none)");
        }
    }

    /** The same input with the break-even sweep on or off. */
    public MatrixInput withBreakEven(boolean sweep) {
        return new MatrixInput(mskDiscountPercent, ops, compactedPartitions, authentication, connect, sweep);
    }

    /** No discount, no ops time, no compacted topics, IAM, no Connect, with the break-even sweep. */
    public static MatrixInput defaults() {
        return new MatrixInput(0, Optional.empty(), 0, ClientAuthentication.IAM, Optional.empty(), true);
    }
}
