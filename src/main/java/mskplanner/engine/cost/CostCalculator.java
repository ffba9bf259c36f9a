package mskplanner.engine.cost;

import static mskplanner.engine.price.PriceItem.CONNECT_MCU_HOUR;
import static mskplanner.engine.price.PriceItem.EXPRESS_DATA_IN_GB;
import static mskplanner.engine.price.PriceItem.EXPRESS_STORAGE_GB_MONTH;
import static mskplanner.engine.price.PriceItem.INTER_AZ_GB;
import static mskplanner.engine.price.PriceItem.PST_MIBPS_MONTH;
import static mskplanner.engine.price.PriceItem.REPLICATOR_DATA_GB;
import static mskplanner.engine.price.PriceItem.REPLICATOR_HOUR;
import static mskplanner.engine.price.PriceItem.SERVERLESS_CLUSTER_HOUR;
import static mskplanner.engine.price.PriceItem.SERVERLESS_DATA_IN_GB;
import static mskplanner.engine.price.PriceItem.SERVERLESS_DATA_OUT_GB;
import static mskplanner.engine.price.PriceItem.SERVERLESS_PARTITION_HOUR;
import static mskplanner.engine.price.PriceItem.SERVERLESS_STORAGE_GB_MONTH;
import static mskplanner.engine.price.PriceItem.STORAGE_GB_MONTH;
import static mskplanner.engine.price.PriceItem.TIERED_STORAGE_GB_MONTH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.BoundedMemo;
import mskplanner.engine.cost.spec.ClientTraffic;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.cost.spec.ConnectSpec;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.ReplicatorSpec;
import mskplanner.engine.cost.spec.ServerlessClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;

/**
 * Prices a cluster for one month from a region's {@link PriceSheet}: the one bill of a cluster, used by the estimate,
 * the plan's options and right-sizing alike. Billing rules follow the MSK pricing page: broker-hours (billed per
 * second, so fractional hours are fine), storage per GB-month, PST per MiB/s-month per broker with no free baseline,
 * Express data written per GB, Serverless per cluster-hour, partition-hour and GB, Replicator per replicator-hour and
 * GB replicated, and the client traffic's cross-AZ transfer ({@link ClientTraffic}) where a spec carries one.
 * Lines with a zero quantity are left out. Nothing is rounded here (see {@link Money}).
 */
public final class CostCalculator {
    public static final String CROSS_AZ = "Cross-AZ data transfer (out + in)";
    /** The storage lines of a Standard bill, by which a topic inventory's per-topic split finds them. */
    public static final String EBS_STORAGE = "Broker storage (EBS)";
    public static final String TIERED_STORAGE = "Tiered storage";
    /** Inter-AZ transfer is billed out and in. */
    private static final long DIRECTIONS = 2;

    /** More broker sizes than any catalog has: the label cache stays bounded whatever names reach it. */
    private static final int MAX_CACHED_SIZES = 256;
    /** The broker-hour line's label and price item per size name, built once instead of per bill. */
    private static final BoundedMemo<String, String[]> BROKER_HOUR_KEYS = new BoundedMemo<>(MAX_CACHED_SIZES);

    /** Each region's latest sheet's rates; a refreshed sheet (another object) replaces its region's entry. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Rates> RATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final PriceSheet prices;
    private final BigDecimal hoursPerMonth;
    private final double hoursPerMonthValue;
    private final Rates rates;

    public CostCalculator(PriceSheet prices, double hoursPerMonth) {
        this.prices = prices;
        this.hoursPerMonth = Money.of(hoursPerMonth);
        this.hoursPerMonthValue = this.hoursPerMonth.doubleValue();
        this.rates = rates(prices);
    }

    /**
     * A sheet's prices in doubles, for the estimates: a plan estimates every broker size, and asking the sheet by
     * name for six prices per size was a tenth of a plan's time. NaN stands for a price the sheet does not know; the
     * estimate then asks the sheet, which throws as the bill would.
     */
    private record Rates(PriceSheet sheet, double storage, double pst, double tiered, double expressStorage,
                         double expressDataIn, double interAz, double serverlessCluster, double serverlessPartition,
                         double serverlessIn, double serverlessOut, double serverlessStorage,
                         BoundedMemo<String, Double> brokerHour, BoundedMemo<String, Double> byItem, Held[] recent) {
        static Rates of(PriceSheet sheet) {
            return new Rates(sheet, usd(sheet, STORAGE_GB_MONTH), usd(sheet, PST_MIBPS_MONTH),
                    usd(sheet, TIERED_STORAGE_GB_MONTH), usd(sheet, EXPRESS_STORAGE_GB_MONTH),
                    usd(sheet, EXPRESS_DATA_IN_GB), usd(sheet, INTER_AZ_GB), usd(sheet, SERVERLESS_CLUSTER_HOUR),
                    usd(sheet, SERVERLESS_PARTITION_HOUR), usd(sheet, SERVERLESS_DATA_IN_GB),
                    usd(sheet, SERVERLESS_DATA_OUT_GB), usd(sheet, SERVERLESS_STORAGE_GB_MONTH),
                    new BoundedMemo<>(MAX_CACHED_SIZES), new BoundedMemo<>(MAX_CACHED_SIZES), new Held[RECENT_SLOTS]);
        }

        static double usd(PriceSheet sheet, String item) {
            return sheet.knows(item) ? sheet.require(item).doubleValue() : Double.NaN;
        }

        /** Any item's price (NaN where the sheet does not know it), kept as the broker-hour prices are. */
        double itemUsd(String item) {
            Double usd = byItem.find(item);
            return usd != null ? usd : byItem.keep(item, usd(sheet, item));
        }

        /** A size's broker-hour price; bounded as {@link #BROKER_HOUR_KEYS} is, throws where the sheet has none. */
        double brokerHourUsd(String instanceType) {
            // a plan asks for the same few dozen name objects (the catalog's) again and again: a direct-mapped table
            // by identity answers most of them without hashing the name; a collision or another object of the same
            // name only costs the map lookup
            int slot = System.identityHashCode(instanceType) & (RECENT_SLOTS - 1);
            Held held = recent[slot];
            if (held != null && held.name() == instanceType) {
                return held.usd();
            }
            double found = brokerHourUsdByName(instanceType);
            recent[slot] = new Held(instanceType, found);
            return found;
        }

        private double brokerHourUsdByName(String instanceType) {
            Double usd = brokerHour.find(instanceType);
            return usd != null ? usd
                    : brokerHour.keep(instanceType, sheet.require(brokerHourKeys(instanceType)[1]).doubleValue());
        }
    }

    /** Broker-hour prices held by name object: more slots than a catalog has sizes. */
    private static final int RECENT_SLOTS = 128;

    private record Held(String name, double usd) {
    }

    private static Rates rates(PriceSheet sheet) {
        Rates r = RATES.get(sheet.region());
        if (r == null || r.sheet() != sheet) {
            r = Rates.of(sheet);
            RATES.put(sheet.region(), r);
        }
        return r;
    }

    public PriceSheet prices() {
        return prices;
    }

    public CostBreakdown monthly(ClusterSpec spec) {
        if (spec instanceof StandardClusterSpec s) {
            return new CostBreakdown(s.name(), LineDraft.lines(standard(s)));
        } else if (spec instanceof ExpressClusterSpec e) {
            return new CostBreakdown(e.name(), LineDraft.lines(express(e)));
        } else if (spec instanceof ServerlessClusterSpec s) {
            return new CostBreakdown(s.name(), serverless(s));
        } else if (spec instanceof ConnectSpec c) {
            return new CostBreakdown(c.name(), connect(c));
        } else if (spec instanceof ReplicatorSpec r) {
            return new CostBreakdown(r.name(), replicator(r));
        }
        throw new IllegalStateException("unhandled cluster spec " + spec);
    }

    /**
     * {@link #monthly}'s bill of a Standard, Express or Serverless cluster with its lines written when first read, and
     * its total known at once in doubles ({@link CostBreakdown#estimatedMonthlyUsd}): what a plan gives every broker
     * size, and a break-even curve every point. The estimate follows the same lines as {@link #standard},
     * {@link #express} and {@link #serverless} (and asks the sheet for the same prices, so an unknown price fails
     * here, not when the bill is read). Other specs are billed at once.
     */
    public CostBreakdown monthlyWhenRead(ClusterSpec spec) {
        if (spec instanceof StandardClusterSpec s) {
            return new CostBreakdown(s.name(), LazyLines.drafted(() -> standard(s), estimateStandard(s)));
        } else if (spec instanceof ExpressClusterSpec e) {
            return new CostBreakdown(e.name(), LazyLines.drafted(() -> express(e), estimateExpress(e)));
        } else if (spec instanceof ServerlessClusterSpec s) {
            return new CostBreakdown(s.name(), new LazyLines(() -> serverless(s), estimateServerless(s)));
        }
        return monthly(spec);
    }

    private double estimateStandard(StandardClusterSpec s) {
        double brokers = s.brokers();
        return brokerHoursUsd(s.instanceType().name(), brokers)
                + estimate(brokers * s.storageGiBPerBroker(), rates.storage(), STORAGE_GB_MONTH)
                + estimate(brokers * s.provisionedThroughputMiBps(), rates.pst(), PST_MIBPS_MONTH)
                + estimate(s.tieredStorageGiB(), rates.tiered(), TIERED_STORAGE_GB_MONTH)
                + crossAzUsd(s.traffic(), s.availabilityZones());
    }

    private double estimateExpress(ExpressClusterSpec e) {
        return brokerHoursUsd(e.instanceType().name(), e.brokers())
                + estimate(e.storageGiB(), rates.expressStorage(), EXPRESS_STORAGE_GB_MONTH)
                + estimate(e.dataInGiB(), rates.expressDataIn(), EXPRESS_DATA_IN_GB)
                + crossAzUsd(e.traffic(), e.availabilityZones());
    }

    private double estimateServerless(ServerlessClusterSpec s) {
        return estimate(hoursPerMonthValue, rates.serverlessCluster(), SERVERLESS_CLUSTER_HOUR)
                + estimate(hoursPerMonthValue * s.partitions(), rates.serverlessPartition(), SERVERLESS_PARTITION_HOUR)
                + estimate(s.dataInGiB(), rates.serverlessIn(), SERVERLESS_DATA_IN_GB)
                + estimate(s.dataOutGiB(), rates.serverlessOut(), SERVERLESS_DATA_OUT_GB)
                + estimate(s.storageGiB(), rates.serverlessStorage(), SERVERLESS_STORAGE_GB_MONTH);
    }

    private double brokerHoursUsd(String instanceType, double brokers) {
        return hoursPerMonthValue * brokers * rates.brokerHourUsd(instanceType);
    }

    /**
     * {@link #add}'s line in doubles, for an estimate such as a break-even curve's, never for a bill: 0 where the line
     * would be left out; an unknown price throws as it would.
     */
    /** The item's price per unit in the region, NaN where the sheet has none. */
    public double itemUsd(String item) {
        return rates.itemUsd(item);
    }

    public double estimate(double quantity, String item) {
        return estimate(quantity, rates.itemUsd(item), item);
    }

    /**
     * {@link #estimate(double, String)} at a rate the caller read once with {@link #itemUsd} (a curve prices the same
     * items at hundreds of points): NaN is an unknown price, which throws where the quantity is billed.
     */
    public double estimate(double quantity, double usd, String item) {
        if (quantity <= 0) {
            return 0;
        }
        return quantity * (Double.isNaN(usd) ? prices.require(item).doubleValue() : usd);
    }

    private double crossAzUsd(Optional<ClientTraffic> traffic, int availabilityZones) {
        if (traffic.isPresent() && !Double.isNaN(rates.interAz())) {
            return estimate(traffic.get().crossAzGiB(availabilityZones, hoursPerMonthValue) * 2, rates.interAz(), INTER_AZ_GB);
        }
        return 0;
    }

    private List<LineDraft> standard(StandardClusterSpec s) {
        List<LineDraft> lines = new ArrayList<>(5);
        lines.add(brokerHours(s.instanceType().name(), s.brokers()));
        draft(lines, EBS_STORAGE, s.brokers(), s.storageGiBPerBroker(), STORAGE_GB_MONTH);
        draft(lines, "Provisioned storage throughput", s.brokers(), s.provisionedThroughputMiBps(), PST_MIBPS_MONTH);
        draft(lines, TIERED_STORAGE, 1, s.tieredStorageGiB(), TIERED_STORAGE_GB_MONTH);
        crossAz(lines, s.traffic(), s.availabilityZones());
        return lines;
    }

    private List<LineDraft> express(ExpressClusterSpec e) {
        List<LineDraft> lines = new ArrayList<>(4);
        lines.add(brokerHours(e.instanceType().name(), e.brokers()));
        draft(lines, "Express storage", 1, e.storageGiB(), EXPRESS_STORAGE_GB_MONTH);
        draft(lines, "Express data written", 1, e.dataInGiB(), EXPRESS_DATA_IN_GB);
        crossAz(lines, e.traffic(), e.availabilityZones());
        return lines;
    }

    private List<LineItem> serverless(ServerlessClusterSpec s) {
        List<LineItem> lines = new ArrayList<>();
        add(lines, "Serverless cluster-hours", hoursPerMonth, SERVERLESS_CLUSTER_HOUR);
        add(lines, "Serverless partition-hours", hoursPerMonth.multiply(BigDecimal.valueOf(s.partitions())), SERVERLESS_PARTITION_HOUR);
        add(lines, "Serverless data in", Money.of(s.dataInGiB()), SERVERLESS_DATA_IN_GB);
        add(lines, "Serverless data out", Money.of(s.dataOutGiB()), SERVERLESS_DATA_OUT_GB);
        add(lines, "Serverless storage", Money.of(s.storageGiB()), SERVERLESS_STORAGE_GB_MONTH);
        return lines;
    }

    private List<LineItem> connect(ConnectSpec c) {
        List<LineItem> lines = new ArrayList<>();
        add(lines, "MSK Connect MCU-hours", hoursPerMonth.multiply(Money.of(c.mcus())), CONNECT_MCU_HOUR);
        return lines;
    }

    private List<LineItem> replicator(ReplicatorSpec r) {
        List<LineItem> lines = new ArrayList<>();
        add(lines, "Replicator-hours", hoursPerMonth.multiply(BigDecimal.valueOf(r.replicators())), REPLICATOR_HOUR);
        add(lines, "Data replicated", Money.of(r.dataReplicatedGiB()), REPLICATOR_DATA_GB);
        return lines;
    }

    /** Broker-hours of {@code brokers} brokers of a Standard or Express size for the month: a line even at zero. */
    private LineDraft brokerHours(String instanceType, int brokers) {
        String[] keys = brokerHourKeys(instanceType);
        return new LineDraft(keys[0], prices.unitOf(keys[1]), prices.require(keys[1]), brokers, hoursPerMonthValue);
    }

    /** The broker-hour line's label and price item of a size. */
    private static String[] brokerHourKeys(String instanceType) {
        String[] keys = BROKER_HOUR_KEYS.find(instanceType);
        return keys != null ? keys : BROKER_HOUR_KEYS.keep(instanceType,
                new String[] {"Broker-hours " + instanceType, PriceItem.brokerHour(instanceType)});
    }

    /**
     * The traffic's client GB crossing AZs: inter-AZ transfer is billed per direction (us-east-1: $0.01 out + $0.01
     * in per GB), so every GB crossing is two billed GB. Left out where the region's inter-AZ price is not known;
     * callers that show a total say so.
     */
    private void crossAz(List<LineDraft> lines, Optional<ClientTraffic> traffic, int availabilityZones) {
        if (traffic.isPresent() && prices.knows(INTER_AZ_GB)) {
            double gib = traffic.get().crossAzGiB(availabilityZones, hoursPerMonthValue);
            draft(lines, CROSS_AZ, DIRECTIONS, gib, INTER_AZ_GB);
        }
    }

    /**
     * {@link #add}'s line as a draft: {@code factor} x {@code amount} units of a price item, left out (its price not
     * even asked for) when that is not above zero; an amount that is no number fails here, as writing it would.
     */
    private void draft(List<LineDraft> lines, String label, long factor, double amount, String item) {
        if (!Double.isFinite(amount)) {
            Money.of(amount);
        }
        if (factor > 0 && amount > 0) {
            lines.add(new LineDraft(label, prices.unitOf(item), prices.require(item), factor, amount));
        }
    }

    /** A line for {@code quantity} units of a price item; added only when the quantity is above zero. */
    public void add(List<LineItem> lines, String label, BigDecimal quantity, String item) {
        if (quantity.signum() > 0) {
            lines.add(LineItem.of(label, quantity, prices.unitOf(item), prices.require(item)));
        }
    }
}
