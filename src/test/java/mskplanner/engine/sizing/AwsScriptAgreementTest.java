package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Broker counts and bottlenecks of AWS's sizing script (aws/agent-toolkit-for-aws {@code msk_sizing.py}, the logic of
 * the MSK Sizing &amp; Pricing workbook) for a set of profiles, recorded in {@code sizing/aws-script-agreement.csv}. The
 * script was given the same profiles in MiB/s (MB x 10^6 / 2^20) and total replicas (partitions x 3). The profiles
 * cover tiering, PST, non-rack-aware consumers, partition- and storage-bound sizes, and a quotient that binary floating
 * point lifts above a whole number (800 MiB/s at utilization 0.6 on m5.4xlarge: 18 brokers, as the script computes).
 */
class AwsScriptAgreementTest {
    @ParameterizedTest(name = "{0}: {13} -> {14} ({15})")
    @CsvFileSource(resources = "/sizing/aws-script-agreement.csv", useHeadersInDisplayName = false, numLinesToSkip = 1)
    void the_workbook_preset_sizes_like_awss_sizing_script(String profile, double avgIn, double peakIn, double avgOut,
                                                           double peakOut, int partitions, double retention, double local,
                                                           double utilStandard, double utilExpress, Double pst,
                                                           boolean useMax, boolean rackAware, String instanceType,
                                                           int brokers, String bottleneck) {
        WorkloadProfile p = WorkloadProfile.builder().avgIngressMBps(avgIn).peakIngressMBps(peakIn).avgEgressMBps(avgOut)
                .peakEgressMBps(peakOut).partitions(partitions).retentionHours(retention).localRetentionHours(local)
                .provisionedThroughputMiBps(pst).rackAwareConsumers(rackAware).build();
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).utilizationStandard(utilStandard)
                .utilizationExpress(utilExpress).useMaxPartitions(useMax).build();
        SizedOption o = SizingFixtures.option(SizingFixtures.plan(p, a, Preset.AWS_WORKBOOK), instanceType);
        assertThat(o.brokers()).isEqualTo(brokers);
        assertThat(o.bottleneck().id()).isEqualTo(bottleneck);
    }
}
