package mskplanner.app.plan;

import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.Units;

/**
 * Every factor the plan used, with the parts of the composite factors and the values in force for this workload
 * ({@code storageIoFactor.inUse}, {@code networkFactor.inUse}).
 */
public record AssumptionsDto(double writeMBpsPerPartition, double readMBpsPerPartition, double utilizationStandard,
                             double utilizationExpress, StorageIoFactorDto storageIoFactor, NetworkFactorDto networkFactor,
                             double diskHeadroom, double expressEgressRatio, double sustainedTarget,
                             double defaultVolumeThroughputMiBps, double maxStorageGiBPerBroker, double hoursPerMonth,
                             int brokerQuota, boolean useMaxPartitions, double mbPerMiB) {
    /** 1 MiB/s = 1.048576 MB/s: the one conversion, at the edge of the model. */

    /** EBS write I/O per unit of ingress; {@code inUse} includes the tiered-storage part when tiering is on. */
    public record StorageIoFactorDto(double ingress, double replicationIn, double laggingReaders, double rebalancing,
                                     double tieredStorage, double inUse) {
    }

    /** Network traffic per unit of ingress: fan-out x AZ factor + the static parts (+ tiered storage). */
    public record NetworkFactorDto(double replicationOut, double laggingReaders, double rebalancing, double tieredStorage,
                                   double fanOut, double azFactor, double inUse) {
    }

    public static AssumptionsDto of(Assumptions a, WorkloadProfile p) {
        Assumptions.StorageIoFactor s = a.storageIoFactor();
        Assumptions.NetworkFactor n = a.networkFactor();
        int zones = p.availabilityZones();
        double azFactor = zones / (zones - 1.0);
        boolean tiered = p.tieredStorage();
        return new AssumptionsDto(a.writeMBpsPerPartition(), a.readMBpsPerPartition(), a.utilizationStandard(),
                a.utilizationExpress(),
                new StorageIoFactorDto(s.ingress(), s.replicationIn(), s.laggingReaders(), s.rebalancing(), s.tieredStorage(),
                        s.total(tiered)),
                new NetworkFactorDto(n.replicationOut(), n.laggingReaders(), n.rebalancing(), n.tieredStorage(), p.fanOut(),
                        azFactor, p.fanOut() * azFactor + n.base(tiered)),
                a.diskHeadroom(), a.expressEgressRatio(), a.sustainedTarget(), a.defaultVolumeThroughputMiBps(),
                a.maxStorageGiBPerBroker(), a.hoursPerMonth(), a.brokerQuota(), a.useMaxPartitions(), Units.MB_PER_MIB);
    }
}
