package mskplanner.app.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.spec.ClientTraffic;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.cost.spec.ConnectSpec;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.ReplicatorSpec;
import mskplanner.engine.cost.spec.ServerlessClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.limits.Limits;

/** Maps the estimate request (JSON contract) to engine cluster specs, applying the documented defaults. */
public final class EstimateMapping {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final double DEFAULT_HOURS_PER_MONTH = 730;
    static final int DEFAULT_AVAILABILITY_ZONES = 3;
    static final String TYPES = "one of standard, express, serverless, connect, replicator";

    private final Catalog catalog;
    private final int expressZones;

    public EstimateMapping(Catalog catalog, Limits limits) {
        this.catalog = catalog;
        this.expressZones = limits.express().availabilityZones();
    }

    /** The specs of the request's clusters; {@code hoursPerMonth} turns a given traffic into Express data written. */
    public List<ClusterSpec> clusters(EstimateRequest request, double hoursPerMonth) {
        if (request.clusters() == null || request.clusters().isEmpty()) {
            throw new InvalidInputException("clusters", "[]", "a JSON array with at least one cluster");
        }
        List<ClusterSpec> specs = new ArrayList<>();
        for (int i = 0; i < request.clusters().size(); i++) {
            EstimateRequest.ClusterRequest c = request.clusters().get(i);
            if (c == null) {
                throw new InvalidInputException("clusters[" + i + "]", "null", "a cluster object");
            }
            try {
                specs.add(toSpec(c, c.name() == null ? "cluster-" + (i + 1) : c.name(), hoursPerMonth));
            } catch (InvalidInputException e) {
                throw e.under("clusters[" + i + "]");
            }
        }
        return specs;
    }

    private ClusterSpec toSpec(EstimateRequest.ClusterRequest c, String name, double hoursPerMonth) {
        Deployment type = deployment(c.type());
        return switch (type) {
            case STANDARD -> new StandardClusterSpec(name, instanceType(c.instanceType(), type), required("brokers", c.brokers()),
                    required("storageGiBPerBroker", c.storageGiBPerBroker()), orZero(c.provisionedThroughputMiBps()),
                    orZero(c.tieredStorageGiB()), availabilityZones(c), traffic(c));
            case EXPRESS -> express(c, name, hoursPerMonth);
            case SERVERLESS -> new ServerlessClusterSpec(name, c.partitions() == null ? 0 : c.partitions(),
                    orZero(c.dataInGiB()), orZero(c.dataOutGiB()), orZero(c.storageGiB()));
            case CONNECT -> new ConnectSpec(name, required("mcus", c.mcus()));
            case REPLICATOR -> new ReplicatorSpec(name, c.replicators() == null ? 1 : c.replicators(),
                    orZero(c.dataReplicatedGiB()));
        };
    }

    /** Data written is given, or the traffic's ingress over the month, or none. */
    private ClusterSpec express(EstimateRequest.ClusterRequest c, String name, double hoursPerMonth) {
        Optional<ClientTraffic> traffic = traffic(c);
        double dataIn = c.dataInGiB() != null ? c.dataInGiB()
                : traffic.map(t -> t.dataInGiBPerMonth(hoursPerMonth)).orElse(0d);
        return new ExpressClusterSpec(name, instanceType(c.instanceType(), Deployment.EXPRESS),
                required("brokers", c.brokers()), orZero(c.storageGiB()), dataIn, expressZones, traffic);
    }

    /**
     * The client traffic, when any of its fields is given: ingress defaults to 0, egress to the ingress (one consumer
     * group), consumers to rack-aware (as in a plan). Without any, the cluster has no cross-AZ line, as before.
     */
    private static Optional<ClientTraffic> traffic(EstimateRequest.ClusterRequest c) {
        if (c.avgIngressMBps() == null && c.avgEgressMBps() == null && c.rackAwareConsumers() == null) {
            return Optional.empty();
        }
        double ingress = orZero(c.avgIngressMBps());
        return Optional.of(new ClientTraffic(ingress, c.avgEgressMBps() == null ? ingress : c.avgEgressMBps(),
                c.rackAwareConsumers() == null || c.rackAwareConsumers()));
    }

    /**
     * MSK spreads brokers evenly over 2 or 3 AZs. When the request does not say, the AZ count is the one the broker
     * count fits (3 preferred), so "4 brokers" prices as a 2-AZ cluster instead of failing.
     */
    private static int availabilityZones(EstimateRequest.ClusterRequest c) {
        if (c.availabilityZones() != null) {
            return c.availabilityZones();
        }
        Integer brokers = c.brokers();
        if (brokers == null || brokers <= 0 || brokers % DEFAULT_AVAILABILITY_ZONES == 0) {
            return DEFAULT_AVAILABILITY_ZONES;
        }
        if (brokers % 2 == 0) {
            return 2;
        }
        throw new InvalidInputException("brokers", brokers, "a multiple of the availability zone count (2 or 3)");
    }

    private static Deployment deployment(String type) {
        if (type == null) {
            throw new InvalidInputException("type", null, TYPES);
        }
        try {
            return Deployment.fromId(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", type, TYPES);
        }
    }

    private InstanceType instanceType(String name, Deployment deployment) {
        if (name == null) {
            throw new InvalidInputException("instanceType", null, "one of " + catalog.names(deployment));
        }
        return catalog.find(name).filter(t -> t.deployment() == deployment)
                .orElseThrow(() -> new InvalidInputException("instanceType", name, "one of " + catalog.names(deployment)));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "a value (the field is required for this cluster type)");
        }
        return value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
