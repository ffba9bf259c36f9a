package mskplanner.engine.alternatives;

import mskplanner.engine.limits.Limits;
import mskplanner.engine.units.BilledUnits;

/**
 * The gp3 volumes of one broker and what of their performance is billed. A broker gets the fewest volumes that hold
 * its data and its throughput under the per-volume maximums ({@code limits.json} {@code ec2}); each volume carries
 * the free baseline (3,000 IOPS, 125 MiB/s), and only what a broker needs above the volumes' free total is billed.
 * Splitting into more volumes than needed would add free baseline; that layout choice is not modelled.
 *
 * @param volumesPerBroker gp3 volumes per broker
 * @param billableThroughputMiBps throughput above the free baseline, per broker, MiB/s
 * @param billableIops IOPS above the free baseline, per broker
 */
public record Gp3Layout(int volumesPerBroker, double billableThroughputMiBps, double billableIops) {

    public static Gp3Layout of(Limits.Ec2 ec2, double storageGiB, double throughputMiBps, int iops) {
        long volumes = Math.max(1, Math.max(BilledUnits.wholeUnits(storageGiB / ec2.gp3MaxVolumeGiB()),
                BilledUnits.wholeUnits(throughputMiBps / ec2.gp3MaxThroughputMiBps())));
        double freeThroughput = volumes * ec2.gp3FreeThroughputMiBps();
        double freeIops = volumes * (double) ec2.gp3FreeIops();
        return new Gp3Layout(Math.toIntExact(volumes), Math.max(0, throughputMiBps - freeThroughput),
                Math.max(0, iops - freeIops));
    }
}
