package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.PriceSource;
import org.junit.jupiter.api.Test;

class PricingFreshnessTest {
    private static PriceSheet sheet(String published, String retrieved) {
        return new PriceSheet("us-east-1", "US East (N. Virginia)", "USD",
                new PriceSource("test", "https://aws.amazon.com/msk/pricing/", published, retrieved), Map.of());
    }

    private static PricingFreshness on(String isoDay) {
        return new PricingFreshness(Clock.fixed(Instant.parse(isoDay + "T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void prices_published_90_days_ago_are_not_stale() {
        // 2026-01-01 + 90 days = 2026-04-01
        PricingNote note = on("2026-04-01").note(sheet("2026-01-01", "2026-01-05"));

        assertThat(note.stale()).isFalse();
        assertThat(note.dateLabel()).isEqualTo("published 2026-01-01");
    }

    @Test
    void prices_published_91_days_ago_get_a_banner_with_their_age() {
        PricingNote note = on("2026-04-02").note(sheet("2026-01-01", "2026-03-30"));

        assertThat(note.stale()).isTrue();
        assertThat(note.staleWarning()).contains("91 days old").contains("2026-01-01");
    }

    @Test
    void without_a_publication_date_the_retrieval_date_counts() {
        PricingNote fresh = on("2026-04-01").note(sheet(null, "2026-03-01"));
        PricingNote old = on("2026-09-01").note(sheet("", "2026-03-01"));

        assertThat(fresh.stale()).isFalse();
        assertThat(fresh.dateLabel()).isEqualTo("retrieved 2026-03-01 (publication date unknown)");
        assertThat(old.staleWarning()).contains("184 days old");
    }

    @Test
    void prices_without_any_date_are_flagged() {
        PricingNote note = on("2026-04-01").note(sheet(null, "not a date"));

        assertThat(note.dateLabel()).isEqualTo("date unknown");
        assertThat(note.staleWarning()).contains("unknown");
    }
}
