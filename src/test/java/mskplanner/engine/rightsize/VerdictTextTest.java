package mskplanner.engine.rightsize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTextTest {
    @Test
    void evidenceFiguresAreWrittenAsEveryReportWritesFigures() {
        // Format.figure: grouping from 1,000, no decimals from 100, one from 10, two below.
        Evidence ingress = new Evidence("ingress p95", 1234.56, 2500, "MB/s", false, "");
        assertThat(VerdictText.describe(ingress)).isEqualTo("ingress p95 1,235 MB/s of 2,500 MB/s");

        Evidence cpu = new Evidence("CPU p95", 72.345, 60, "%", true, "");
        assertThat(VerdictText.describe(cpu)).isEqualTo("CPU p95 72.3% > 60%");

        Evidence disk = new Evidence("disk", 3.14159, 85, "%", false, "");
        assertThat(VerdictText.describe(disk)).isEqualTo("disk 3.14% of 85%");
    }
}
