package mskplanner.engine.sizing;

import java.util.Arrays;
import java.util.stream.Collectors;
import mskplanner.engine.InvalidInputException;

/** How Standard brokers are sized; Express sizing is the same under every preset. */
public enum Preset {
    /** The logic of AWS's MSK Sizing &amp; Pricing workbook (sizing-model.md section 2), the default. */
    AWS_WORKBOOK("aws-workbook"),
    /** The AWS Big Data blog's Equation 1 with its 80% production target (msk-limits.md section 1). */
    SUSTAINED_THROUGHPUT("sustained-throughput");

    private final String id;

    Preset(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The preset named in a request; {@code null} means the default. */
    public static Preset fromId(String id) {
        if (id == null) {
            return AWS_WORKBOOK;
        }
        for (Preset p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new InvalidInputException("preset", id,
                "one of " + Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", ")));
    }
}
