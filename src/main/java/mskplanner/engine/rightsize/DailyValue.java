package mskplanner.engine.rightsize;

import java.time.LocalDate;

/** One day's value of a series (UTC day), e.g. its 95th percentile. */
public record DailyValue(LocalDate day, double value) {
}
