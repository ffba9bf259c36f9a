package mskplanner.testing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.Price;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.PriceSource;

/**
 * Prices and limits typed in by hand from aws-prices.md and msk-limits.md (us-east-1), so the alternatives' tests do
 * not depend on the bundled files. Savings Plan rates for m5 are unknown, as in the bundled data.
 */
public final class AlternativesFixtures {
    public static final double HOURS_PER_MONTH = 730;

    private AlternativesFixtures() {
    }

    public static PriceSheet usEast1() {
        Map<String, Price> p = new LinkedHashMap<>();
        put(p, "serverless-cluster-hour", "0.75", "cluster-hour");
        put(p, "serverless-partition-hour", "0.0015", "partition-hour");
        put(p, "serverless-data-in-gb", "0.10", "GB");
        put(p, "serverless-data-out-gb", "0.05", "GB");
        put(p, "serverless-storage-gb-month", "0.10", "GB-month");
        put(p, "connect-mcu-hour", "0.11", "MCU-hour");
        put(p, "inter-az-gb", "0.01", "GB");
        put(p, "ec2-hour:m5.large", "0.096", "instance-hour");
        put(p, "ec2-ri-1yr-hour:m5.large", "0.061", "instance-hour", "single-source");
        put(p, "ec2-ri-3yr-hour:m5.large", "0.042", "instance-hour", "single-source");
        unknown(p, "ec2-sp-1yr-hour:m5.large", "instance-hour");
        unknown(p, "ec2-sp-3yr-hour:m5.large", "instance-hour");
        put(p, "ec2-hour:m7g.large", "0.0816", "instance-hour");
        put(p, "ec2-ri-1yr-hour:m7g.large", "0.054", "instance-hour");
        put(p, "ec2-ri-3yr-hour:m7g.large", "0.037", "instance-hour");
        put(p, "ec2-sp-1yr-hour:m7g.large", "0.0599", "instance-hour");
        put(p, "ec2-sp-3yr-hour:m7g.large", "0.0414", "instance-hour");
        put(p, "ebs-gp3-gb-month", "0.08", "GB-month");
        put(p, "ebs-gp3-iops-month", "0.005", "IOPS-month");
        put(p, "ebs-gp3-throughput-mibps-month", "0.04", "MiB/s-month");
        put(p, "kinesis-shard-hour", "0.015", "shard-hour");
        put(p, "kinesis-put-payload-million", "0.014", "1,000,000 PUT payload units");
        put(p, "kinesis-extended-retention-shard-hour", "0.02", "shard-hour");
        put(p, "kinesis-long-term-retention-gb-month", "0.023", "GB-month");
        put(p, "kinesis-ondemand-stream-hour", "0.04", "stream-hour");
        put(p, "kinesis-ondemand-data-in-gb", "0.08", "GB");
        put(p, "kinesis-ondemand-data-out-gb", "0.04", "GB");
        put(p, "kinesis-ondemand-extended-retention-gb-month", "0.10", "GB-month");
        return new PriceSheet("us-east-1", "US East (N. Virginia)", "USD",
                new PriceSource("hand-typed test fixture", "https://aws.amazon.com/msk/pricing/", "", "2026-11-25"), p);
    }

    /** The quotas of limits.json as msk-limits.md states them. */
    public static Limits limits() {
        return new Limits(
                new Limits.Standard(1, 16384, 250, 10, 60, 30, 90, List.of(2, 3), 60, 70, 85, 80),
                new Limits.Express(3, 2, 3, 2.5, 15),
                new Limits.Serverless(200, 400, 2400, 120, 5, 10, 8_388_608L, 3000, 500, "IAM only",
                        new Limits.Serverless.History("2023", 120, 24, 1000, "2023 AWS docs and the seed guide")),
                new Limits.Kafka(1_048_588L),
                new Limits.Kinesis(1, 1000, 2, 1_048_576L, 25_600L, 1024L, 24, 168, 5, 20),
                new Limits.CloudWatch(500, 100, 100_800, 15, 63, 455),
                new Limits.Ec2(3000, 125, 1000, 16384));
    }

    private static void put(Map<String, Price> prices, String item, String usd, String unit) {
        put(prices, item, usd, unit, "confirmed");
    }

    private static void put(Map<String, Price> prices, String item, String usd, String unit, String confidence) {
        prices.put(item, new Price(item, Optional.of(new BigDecimal(usd)), unit, confidence, "aws-prices.md"));
    }

    private static void unknown(Map<String, Price> prices, String item, String unit) {
        prices.put(item, new Price(item, Optional.empty(), unit, "unknown", "not found"));
    }
}
