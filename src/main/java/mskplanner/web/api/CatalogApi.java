package mskplanner.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import mskplanner.app.Csv;
import mskplanner.app.PricingInfo;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.price.PriceSheet;
import mskplanner.pricing.PricingData;

/** {@code GET /api/v1/prices?region=} and {@code GET /api/v1/instance-types}: the bundled data, for spreadsheets. */
public final class CatalogApi {
    private final PricingData pricing;

    public CatalogApi(PricingData pricing) {
        this.pricing = pricing;
    }

    public record PriceRow(String item, java.math.BigDecimal usd, String unit, String confidence, String source) {
    }

    public record PricesResponse(String region, String regionName, String currency, PricingInfo pricing, List<String> regions,
                                 List<PriceRow> prices) {
    }

    public record InstanceTypeRow(String name, String deployment, String family, String size, int vcpu, double memoryGiB,
                                  double networkBaselineMBps, double ebsBaselineMBps, int partitionsRecommended,
                                  int partitionsMax, Double pstMaxMiBps, String ec2Equivalent, boolean kraft, boolean burstable,
                                  Double workbookEbsMiBps, Double workbookNicMiBps, Double expressSustainedIngressMiBps,
                                  Double expressRecommendedIngressMBps, Double expressRecommendedEgressMBps,
                                  Double expressMaxIngressMBps, Double expressMaxEgressMBps) {
        static InstanceTypeRow of(InstanceType t) {
            return new InstanceTypeRow(t.name(), t.deployment().id(), t.family(), t.size(), t.vcpu(), t.memoryGiB(),
                    t.networkBaselineMBps(), t.ebsBaselineMBps(), t.partitionsRecommended(), t.partitionsMax(),
                    t.pstMaxMiBps().orElse(null), t.ec2Equivalent(), t.kraft(), t.burstable(),
                    t.workbook().map(w -> w.ebsMiBps()).orElse(null), t.workbook().map(w -> w.nicMiBps()).orElse(null),
                    t.express().map(x -> x.sustainedIngressMiBps()).orElse(null),
                    t.express().map(x -> x.recommendedIngressMBps()).orElse(null),
                    t.express().map(x -> x.recommendedEgressMBps()).orElse(null),
                    t.express().map(x -> x.maxIngressMBps()).orElse(null),
                    t.express().map(x -> x.maxEgressMBps()).orElse(null));
        }
    }

    public void prices(Context ctx) throws Exception {
        String region = ctx.queryParam("region") == null ? "us-east-1" : ctx.queryParam("region");
        PriceSheet sheet = pricing.sheet(region);
        List<PriceRow> rows = sheet.prices().values().stream()
                .map(p -> new PriceRow(p.item(), p.usd().orElse(null), p.unit(), p.confidence(), p.source())).toList();
        if (Responses.wantsCsv(ctx)) {
            StringBuilder sb = new StringBuilder(Csv.row(List.of("region", "item", "usd", "unit", "confidence", "source")));
            rows.forEach(r -> sb.append(Csv.row(java.util.Arrays.asList(region, r.item(), r.usd(), r.unit(), r.confidence(), r.source()))));
            Responses.csv(ctx, sb.toString(), "prices-" + region + ".csv");
        } else {
            Responses.json(ctx, new PricesResponse(sheet.region(), sheet.regionName(), sheet.currency(),
                    PricingInfo.of(sheet, pricing.origin()), pricing.regions(), rows));
        }
    }

    public void instanceTypes(Context ctx) throws Exception {
        List<InstanceTypeRow> rows = pricing.catalog().instanceTypes().stream().map(InstanceTypeRow::of).toList();
        if (Responses.wantsCsv(ctx)) {
            StringBuilder sb = new StringBuilder(Csv.row(List.of("name", "deployment", "family", "size", "vcpu", "memoryGiB",
                    "networkBaselineMBps", "ebsBaselineMBps", "partitionsRecommended", "partitionsMax", "pstMaxMiBps",
                    "ec2Equivalent", "kraft", "burstable", "workbookEbsMiBps", "workbookNicMiBps", "expressSustainedIngressMiBps",
                    "expressRecommendedIngressMBps", "expressRecommendedEgressMBps", "expressMaxIngressMBps", "expressMaxEgressMBps")));
            for (InstanceTypeRow r : rows) {
                List<Object> cells = new ArrayList<>();
                for (var component : InstanceTypeRow.class.getRecordComponents()) {
                    cells.add(component.getAccessor().invoke(r));
                }
                sb.append(Csv.row(cells));
            }
            Responses.csv(ctx, sb.toString(), "instance-types.csv");
        } else {
            Responses.json(ctx, java.util.Map.of("instanceTypes", rows));
        }
    }
}
