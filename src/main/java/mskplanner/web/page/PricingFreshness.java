package mskplanner.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.PriceSource;

/**
 * Dates a price snapshot against today. Prices are dated by their Price List publication date, or by the day they were
 * retrieved when the publication date is unknown; either way, older than {@link #STALE_AFTER_DAYS} earns a banner.
 */
public final class PricingFreshness {
    /** AWS changes MSK prices a few times a year; a quarter-old snapshot deserves a second look. */
    public static final int STALE_AFTER_DAYS = 90;

    private final Clock clock;

    public PricingFreshness(Clock clock) {
        this.clock = clock;
    }

    public PricingNote note(PriceSheet sheet) {
        PriceSource source = sheet.source();
        Optional<LocalDate> published = date(source.publicationDate());
        Optional<LocalDate> retrieved = date(source.retrievedDate());
        String label = published.map(d -> "published " + d)
                .or(() -> retrieved.map(d -> "retrieved " + d + " (publication date unknown)"))
                .orElse("date unknown");
        Optional<LocalDate> dated = published.or(() -> retrieved);
        String warning = dated.isPresent() ? warningIfOld(dated.get())
                : "The date of these prices is unknown: check them against the AWS pricing page before relying on them.";
        return new PricingNote(sheet.region(), sheet.regionName(), label, source.url(), warning);
    }

    private String warningIfOld(LocalDate date) {
        long days = ChronoUnit.DAYS.between(date, LocalDate.now(clock));
        if (days <= STALE_AFTER_DAYS) {
            return null;
        }
        return "These prices are " + days + " days old (from " + date + "): AWS may have changed them since. "
                + "Check the AWS pricing page or refresh the pricing data before relying on them.";
    }

    private static Optional<LocalDate> date(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
