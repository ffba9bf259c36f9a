package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import mskplanner.engine.InvalidInputException;
import mskplanner.engine.units.BilledUnits;
import org.junit.jupiter.api.Test;

class TrafficTest {
    @Test
    void scaling_keeps_the_peak_to_average_ratio_and_the_fan_out() {
        // 10 -> 25 MB/s is x 2.5: peak 20 -> 50, egress 30 -> 75, peak egress 60 -> 150
        Traffic scaled = new Traffic(10, 20, 30, 60).scaledToAvgIngress(25);

        assertThat(scaled.peakIngressMBps()).isCloseTo(50, within(1e-9));
        assertThat(scaled.avgEgressMBps()).isCloseTo(75, within(1e-9));
        assertThat(scaled.peakEgressMBps()).isCloseTo(150, within(1e-9));
    }

    @Test
    void steady_traffic_scaled_stays_steady_where_the_factor_rounds_the_peak_below_the_average() {
        // 3.5 / 3.3 x 3.3 = 3.4999999999999996 in doubles: the peak would fall below the average and be refused
        Traffic scaled = Traffic.steady(3.3, 2).scaledToAvgIngress(3.5);

        assertThat(scaled.peakIngressMBps()).isEqualTo(3.5);
        assertThat(scaled.peakEgressMBps()).isEqualTo(scaled.avgEgressMBps());
    }

    @Test
    void one_mbps_is_3_point_35_gb_per_hour() {
        // 1 MB/s x 3,600 s = 3.6e9 B / 2^30 = 3.35276126861572265625 GB
        assertThat(new Traffic(1, 1, 0, 0).avgIngressGBPerHour()).isCloseTo(3.35276126861572265625, within(1e-12));
        assertThat(BilledUnits.mbPerSecond(3.35276126861572265625)).isCloseTo(1, within(1e-12));
    }

    @Test
    void a_month_of_one_mbps_is_2447_data_gb_and_a_day_of_it_is_80_gib_stored() {
        // 1 MB/s x 730 h x 3,600 s = 2.628e12 B / 2^30 = 2,447.5157260894775 GB (2,628 if GB were 10^9);
        // 1 MB/s x 24 h x 3,600 s = 86.4e9 B / 2^30 = 80.466 GiB
        assertThat(BilledUnits.dataGbPerMonth(1, 730)).isCloseTo(2447.5157260894775390625, within(1e-9));
        assertThat(BilledUnits.storedGb(1, 24)).isCloseTo(86.4e9 / 1_073_741_824d, within(1e-9));
    }

    @Test
    void whole_units_ignore_floating_point_noise() {
        // 1.1 / 0.1 = 11.000000000000002 in binary floating point
        assertThat(BilledUnits.wholeUnits(1.1 / 0.1)).isEqualTo(11);
        assertThat(BilledUnits.wholeUnits(11.001)).isEqualTo(12);
    }

    @Test
    void a_peak_below_the_average_is_rejected() {
        assertThatThrownBy(() -> new Traffic(10, 5, 10, 10)).isInstanceOf(InvalidInputException.class)
                .hasMessage("peakIngressMBps = 5 is not allowed: >= avgIngressMBps (10)");
    }
}
