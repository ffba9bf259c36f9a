package mskplanner.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.ExpressQuota;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.catalog.WorkbookFigures;

/** Maps {@code instance-types.json} to the engine's {@link Catalog}, naming the entry that is broken. */
final class CatalogMapper {
    private CatalogMapper() {
    }

    static Catalog toCatalog(String fileName, InstanceTypesFile file) {
        if (file.instanceTypes() == null || file.instanceTypes().isEmpty()) {
            throw new PricingDataException(fileName + ": instanceTypes is empty");
        }
        List<InstanceType> types = new ArrayList<>();
        for (InstanceTypesFile.Entry e : file.instanceTypes()) {
            try {
                types.add(toInstanceType(e));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new PricingDataException(fileName + ": instanceTypes[" + e.name() + "]: " + ex.getMessage(), ex);
            }
        }
        try {
            return new Catalog(types);
        } catch (IllegalArgumentException ex) {
            throw new PricingDataException(fileName + ": " + ex.getMessage(), ex);
        }
    }

    private static InstanceType toInstanceType(InstanceTypesFile.Entry e) {
        return new InstanceType(e.name(), Deployment.fromId(e.deployment()), e.family(), e.size(), e.vcpu(), e.memoryGiB(),
                e.networkBaselineMBps(), e.ebsBaselineMBps(), e.partitionsRecommended(), e.partitionsMax(),
                Optional.ofNullable(e.pstMaxMiBps()), e.ec2Equivalent(), e.kraft(), Boolean.TRUE.equals(e.burstable()),
                Optional.ofNullable(e.workbook()).map(w -> new WorkbookFigures(w.ebsMiBps(), w.nicMiBps(),
                        w.partitionsRecommended(), w.partitionsMax(), !Boolean.FALSE.equals(w.pstEligible()))),
                Optional.ofNullable(e.express()).map(x -> new ExpressQuota(x.sustainedIngressMiBps(),
                        x.recommendedIngressMBps(), x.recommendedEgressMBps(), x.maxIngressMBps(), x.maxEgressMBps())));
    }
}
