package mskplanner.engine.rightsize;

import java.util.Optional;

/**
 * Where the history came from, shown in the report.
 *
 * @param kind {@code CloudWatch}, {@code metrics file} or {@code demo}
 * @param detail e.g. the file name or the seed
 * @param fetch API usage and cost, for CloudWatch
 */
public record DataSource(String kind, String detail, Optional<FetchCost> fetch) {
    public static DataSource of(String kind, String detail) {
        return new DataSource(kind, detail, Optional.empty());
    }
}
