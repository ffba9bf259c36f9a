package mskplanner.testing;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.UriCompliance;

/**
 * A local stand-in for the MSK and CloudWatch endpoints, speaking the wire protocols of AWS SDK for Java 2.40.2:
 * kafka is REST-JSON ({@code GET /api/v2/clusters/{arn}}, {@code GET /v1/clusters/{arn}/nodes}); CloudWatch is AWS
 * Query ({@code POST /} form-encoded {@code Action=GetMetricData}, XML answers, XML errors). Every wire detail of
 * the tests lives here, so an SDK upgrade that changes a protocol changes only this file.
 *
 * <p>By default it knows one cluster ({@link #ARN}). A fleet test adds {@link #clusters}: they are what
 * ListClustersV2 ({@code GET /api/v2/clusters}, pages of {@link #clustersPerPage}) lists, and each answers its own
 * DescribeClusterV2, ListNodes and GetMetricData (matched by the {@code Cluster Name} dimension).
 */
public final class AwsStub implements AutoCloseable {
    public static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/0f6c5b4a-1111-2222-3333-444455556666-7";
    private static final String CW_NS = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    /** What the stub says about the cluster. */
    public volatile String instanceType = "kafka.m7g.large";
    public volatile List<String> brokerIds = List.of("1", "2", "3");
    /** ListNodes answers in pages of this many nodes. */
    public volatile int nodesPerPage = 2;
    /** When set, every kafka call fails with this HTTP status and error type. */
    public volatile Failure kafkaFailure;
    /** CloudWatch answers these failures first, one per request, then data. */
    public final Deque<Failure> cloudWatchFailures = new ArrayDeque<>();
    /** When set, every GetMetricData call fails like this. */
    public volatile Failure cloudWatchAlwaysFails;
    /** Brokers whose every series is empty. */
    public final Set<String> brokersWithoutData = Collections.synchronizedSet(new HashSet<>());
    /** At most this many points per query per response (the rest comes with NextToken). */
    public volatile int pointsPerPage = Integer.MAX_VALUE;
    /** Form parameters of every GetMetricData request, in order. */
    public final List<Map<String, String>> getMetricDataRequests = Collections.synchronizedList(new ArrayList<>());
    public final List<String> kafkaPaths = Collections.synchronizedList(new ArrayList<>());
    /** The account's clusters for ListClustersV2, in listing order; empty = only the default cluster, unlisted. */
    public final Map<String, StubCluster> clusters = Collections.synchronizedMap(new LinkedHashMap<>());
    /** ListClustersV2 answers in pages of this many clusters. */
    public volatile int clustersPerPage = 100;
    /** The nextToken of every ListClustersV2 request, in order ("" for the first page). */
    public final List<String> listClustersTokens = Collections.synchronizedList(new ArrayList<>());

    private final Javalin app;

    /**
     * An error answer.
     *
     * @param status HTTP status
     * @param code the AWS error code, e.g. Throttling or NotFoundException
     * @param message the error message
     */
    public record Failure(int status, String code, String message) {
        public static final Failure THROTTLING = new Failure(400, "Throttling", "Rate exceeded");
        public static final Failure INTERNAL = new Failure(500, "InternalFailure", "An internal error occurred");
        public static final Failure ACCESS_DENIED = new Failure(403, "AccessDenied",
                "User: arn:aws:iam::123456789012:user/sre is not authorized to perform: cloudwatch:GetMetricData");
        public static final Failure KAFKA_NOT_FOUND = new Failure(404, "NotFoundException", "The requested resource was not found.");
        public static final Failure KAFKA_ACCESS_DENIED = new Failure(403, "AccessDeniedException",
                "User is not authorized to perform: kafka:DescribeClusterV2");
    }

    /**
     * A cluster of the account.
     *
     * @param type PROVISIONED or SERVERLESS
     * @param state e.g. ACTIVE, CREATING
     * @param kafkaFailure when set, its DescribeClusterV2 and ListNodes fail like this
     * @param metricless every GetMetricData series of it is empty
     */
    public record StubCluster(String arn, String name, String type, String state, String instanceType,
                              List<String> brokerIds, Failure kafkaFailure, boolean metricless) {
        public static StubCluster provisioned(String name, String instanceType, int brokers) {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= brokers; i++) {
                ids.add(String.valueOf(i));
            }
            return new StubCluster(arnOf(name), name, "PROVISIONED", "ACTIVE", instanceType, ids, null, false);
        }

        public static StubCluster serverless(String name) {
            return new StubCluster(arnOf(name), name, "SERVERLESS", "ACTIVE", "", List.of(), null, false);
        }

        public StubCluster inState(String s) {
            return new StubCluster(arn, name, type, s, instanceType, brokerIds, kafkaFailure, metricless);
        }

        public StubCluster failing(Failure f) {
            return new StubCluster(arn, name, type, state, instanceType, brokerIds, f, metricless);
        }

        public StubCluster withoutMetrics() {
            return new StubCluster(arn, name, type, state, instanceType, brokerIds, kafkaFailure, true);
        }

        private static String arnOf(String name) {
            return "arn:aws:kafka:us-east-1:123456789012:cluster/" + name + "/0f6c5b4a-aaaa-bbbb-cccc-" + Integer.toHexString(name.hashCode()) + "-1";
        }
    }

    /** Adds clusters to the account, in listing order. */
    public AwsStub withClusters(StubCluster... list) {
        for (StubCluster c : list) {
            clusters.put(c.arn(), c);
        }
        return this;
    }

    private AwsStub() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // The SDK sends the ARN as one path segment with '/' encoded as %2F; Jetty refuses that by default.
            config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.UNSAFE));
            config.jetty.modifyServletContextHandler(h -> h.getServletHandler().setDecodeAmbiguousURIs(true));
            config.routes.post("/", this::cloudWatch);
            config.routes.get("/api/v2/clusters", this::listClusters);
            config.routes.get("/api/v2/clusters/<arn>", this::describeCluster);
            config.routes.get("/v1/clusters/<arn>", this::listNodes);
        });
    }

    /**
     * Static test credentials for the SDK's default chain (system properties come first in it); the previous values
     * come back on close.
     */
    public static AutoCloseable testCredentials() {
        String key = System.getProperty("aws.accessKeyId");
        String secret = System.getProperty("aws.secretAccessKey");
        System.setProperty("aws.accessKeyId", "AKIDTEST");
        System.setProperty("aws.secretAccessKey", "test-secret");
        return () -> {
            restore("aws.accessKeyId", key);
            restore("aws.secretAccessKey", secret);
        };
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    /** The ARN in a kafka request path, decoded. */
    public static String decodedArn(String path) {
        String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        int start = decoded.indexOf("arn:");
        int end = decoded.endsWith("/nodes") ? decoded.length() - "/nodes".length() : decoded.length();
        return decoded.substring(start, end);
    }

    public static AwsStub start() {
        AwsStub stub = new AwsStub();
        stub.app.start("127.0.0.1", 0);
        return stub;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    public void close() {
        app.stop();
    }

    private void describeCluster(Context ctx) {
        kafkaPaths.add(ctx.path());
        StubCluster c = clusters.get(decodedArn(ctx.path()));
        if (kafkaFailed(ctx, c)) {
            return;
        }
        ctx.status(200).contentType("application/json").result("{\"clusterInfo\":" + clusterJson(c == null ? defaultCluster() : c) + "}");
    }

    private StubCluster defaultCluster() {
        return new StubCluster(ARN, "orders", "PROVISIONED", "ACTIVE", instanceType, brokerIds, null, false);
    }

    private static String clusterJson(StubCluster c) {
        String head = "{\"clusterArn\":\"" + c.arn() + "\",\"clusterName\":\"" + c.name() + "\",\"clusterType\":\""
                + c.type() + "\",\"state\":\"" + c.state() + "\",";
        if ("SERVERLESS".equals(c.type())) {
            return head + "\"serverless\":{\"vpcConfigs\":[{\"subnetIds\":[\"subnet-a\"]}]}}";
        }
        boolean express = c.instanceType().startsWith("express.");
        String storage = express ? "" : ",\"storageInfo\":{\"ebsStorageInfo\":{\"volumeSize\":1000}}";
        return head + "\"provisioned\":{"
                + "\"numberOfBrokerNodes\":" + c.brokerIds().size() + ",\"storageMode\":\"LOCAL\",\"brokerNodeGroupInfo\":{"
                + "\"instanceType\":\"" + c.instanceType() + "\",\"clientSubnets\":[\"subnet-a\",\"subnet-b\",\"subnet-c\"]"
                + storage + "}}}";
    }

    private void listClusters(Context ctx) {
        String token = ctx.queryParam("nextToken");
        listClustersTokens.add(token == null ? "" : token);
        if (kafkaFailed(ctx, null)) {
            return;
        }
        List<StubCluster> all;
        synchronized (clusters) {
            all = List.copyOf(clusters.values());
        }
        int from = token == null ? 0 : Integer.parseInt(token);
        int to = Math.min(all.size(), from + clustersPerPage);
        StringBuilder json = new StringBuilder("{\"clusterInfoList\":[");
        for (int i = from; i < to; i++) {
            json.append(i > from ? "," : "").append(clusterJson(all.get(i)));
        }
        json.append("]").append(to < all.size() ? ",\"nextToken\":\"" + to + "\"" : "").append("}");
        ctx.status(200).contentType("application/json").result(json.toString());
    }

    private void listNodes(Context ctx) {
        kafkaPaths.add(ctx.path());
        StubCluster c = clusters.get(decodedArn(ctx.path()));
        if (kafkaFailed(ctx, c)) {
            return;
        }
        List<String> brokerIds = c == null ? this.brokerIds : c.brokerIds();
        int from = ctx.queryParam("nextToken") == null ? 0 : Integer.parseInt(ctx.queryParam("nextToken"));
        int to = Math.min(brokerIds.size(), from + nodesPerPage);
        StringBuilder json = new StringBuilder("{\"nodeInfoList\":[");
        for (int i = from; i < to; i++) {
            json.append(i > from ? "," : "").append("{\"nodeType\":\"BROKER\",\"instanceType\":\"").append(instanceType)
                    .append("\",\"brokerNodeInfo\":{\"brokerId\":").append(brokerIds.get(i)).append(".0}}");
        }
        json.append("]").append(to < brokerIds.size() ? ",\"nextToken\":\"" + to + "\"" : "").append("}");
        ctx.status(200).contentType("application/json").result(json.toString());
    }

    private boolean kafkaFailed(Context ctx, StubCluster c) {
        Failure f = c != null && c.kafkaFailure() != null ? c.kafkaFailure() : kafkaFailure;
        if (f == null) {
            return false;
        }
        ctx.status(f.status()).contentType("application/json").header("x-amzn-ErrorType", f.code())
                .result("{\"message\":\"" + f.message() + "\"}");
        return true;
    }

    private void cloudWatch(Context ctx) {
        Map<String, String> form = form(ctx.body());
        if (!"GetMetricData".equals(form.get("Action"))) {
            error(ctx, new Failure(400, "InvalidAction", "stub only knows GetMetricData, got " + form.get("Action")));
            return;
        }
        getMetricDataRequests.add(form);
        Failure f = cloudWatchAlwaysFails != null ? cloudWatchAlwaysFails : cloudWatchFailures.poll();
        if (f != null) {
            error(ctx, f);
            return;
        }
        ctx.status(200).contentType("text/xml").result(metricData(form));
    }

    /** Whether the queries are about a listed cluster that has no metrics (by the first query's Cluster Name). */
    private boolean withoutMetrics(Map<String, String> form) {
        String name = form.get("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value");
        synchronized (clusters) {
            return clusters.values().stream().anyMatch(c -> c.metricless() && c.name().equals(name));
        }
    }

    private String metricData(Map<String, String> form) {
        Instant start = Instant.parse(form.get("StartTime"));
        Instant end = Instant.parse(form.get("EndTime"));
        List<String> ids = new ArrayList<>();
        int period = 60;
        for (int i = 1; form.containsKey("MetricDataQueries.member." + i + ".Id"); i++) {
            String prefix = "MetricDataQueries.member." + i + ".";
            if (form.containsKey(prefix + "MetricStat.Period")) {
                period = Integer.parseInt(form.get(prefix + "MetricStat.Period"));
            }
            if (!"false".equals(form.get(prefix + "ReturnData"))) {
                ids.add(form.get(prefix + "Id"));
            }
        }
        long total = (end.getEpochSecond() - start.getEpochSecond()) / period;
        int maxDatapoints = Integer.parseInt(form.getOrDefault("MaxDatapoints", "100800"));
        long perPage = Math.min(pointsPerPage, Math.max(1, maxDatapoints / Math.max(1, ids.size())));
        long from = form.containsKey("NextToken") ? Long.parseLong(form.get("NextToken")) : 0;
        long to = Math.min(total, from + perPage);
        boolean clusterEmpty = withoutMetrics(form);
        StringBuilder xml = new StringBuilder("<GetMetricDataResponse xmlns=\"" + CW_NS + "\"><GetMetricDataResult><MetricDataResults>");
        for (String id : ids) {
            xml.append("<member><Id>").append(id).append("</Id><Label>").append(id).append("</Label><StatusCode>")
                    .append(to < total ? "PartialData" : "Complete").append("</StatusCode><Timestamps>");
            boolean empty = clusterEmpty || brokersWithoutData.contains(id.substring(id.indexOf("_b") + 2));
            StringBuilder values = new StringBuilder();
            for (long k = from; k < to && !empty; k++) {
                xml.append("<member>").append(start.plusSeconds(k * period)).append("</member>");
                values.append("<member>").append(value(id, k)).append("</member>");
            }
            xml.append("</Timestamps><Values>").append(values).append("</Values></member>");
        }
        xml.append("</MetricDataResults>");
        if (to < total) {
            xml.append("<NextToken>").append(to).append("</NextToken>");
        }
        return xml.append("<Messages/></GetMetricDataResult><ResponseMetadata><RequestId>req-1</RequestId>"
                + "</ResponseMetadata></GetMetricDataResponse>").toString();
    }

    /** Steady load: 2 MB/s in and 4 MB/s out per broker, 20% CPU, 30% disk, 100 replicas per broker. */
    static double value(String id, long k) {
        String metric = id.substring(0, id.indexOf('_'));
        return switch (metric) {
            case "bytesin" -> 2_000_000 + (k % 2) * 1000;
            case "bytesout" -> 4_000_000;
            case "cpu" -> 20;
            case "disk" -> 30;
            case "partitions" -> 100;
            case "storage" -> 5e11;
            default -> 1;
        };
    }

    private static void error(Context ctx, Failure f) {
        String type = f.status() >= 500 ? "Receiver" : "Sender";
        ctx.status(f.status()).contentType("text/xml").result("<ErrorResponse xmlns=\"" + CW_NS + "\"><Error><Type>" + type
                + "</Type><Code>" + f.code() + "</Code><Message>" + f.message() + "</Message></Error>"
                + "<RequestId>req-err</RequestId></ErrorResponse>");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
