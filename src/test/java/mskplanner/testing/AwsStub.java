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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.UriCompliance;

/**
 * A local stand-in for the MSK and CloudWatch endpoints, speaking the wire protocols of AWS SDK for Java 2.40.2:
 * kafka is REST-JSON ({@code GET /api/v2/clusters/{arn}}, {@code GET /v1/clusters/{arn}/nodes}); CloudWatch is AWS
 * Query ({@code POST /} form-encoded {@code Action=GetMetricData}, XML answers, XML errors). Every wire detail of
 * the tests lives here, so an SDK upgrade that changes a protocol changes only this file.
 *
 * <p>By default it knows one cluster ({@link #ARN}). A fleet test adds {@link #clusters}: they are what
 * ListClustersV2 ({@code GET /api/v2/clusters}, pages of {@link #clustersPerPage}) lists, and each answers its own
 * DescribeClusterV2, ListNodes and GetMetricData (each query matched by its {@code Cluster Name} dimension, so one
 * call may carry several clusters). The listing shows the clusters of the region the call was signed for, and may fail
 * per region ({@link #listingFailures}). GetMetricData refuses what CloudWatch refuses (more than {@link #MAX_QUERIES}
 * queries, an id against CloudWatch's rule, an id twice), cuts answers at MaxDatapoints points, and records each call
 * ({@link #metricCalls}: region, queries, clusters, points answered) and how many it answered at once.
 */
public final class AwsStub implements AutoCloseable {
    public static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/0f6c5b4a-1111-2222-3333-444455556666-7";
    private static final String CW_NS = "http://monitoring.amazonaws.com/doc/2010-08-01/";
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/");
    /** CloudWatch's rule for a MetricDataQuery Id (API_MetricDataQuery): a lowercase letter, then letters, digits, _. */
    private static final Pattern QUERY_ID = Pattern.compile("[a-z][a-zA-Z0-9_]{0,254}");
    private static final Pattern ID_IN_EXPRESSION = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    /** GetMetricData limits (API_GetMetricData): queries per request. */
    public static final int MAX_QUERIES = 500;

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
    /** ListClustersV2 signed for one of these regions fails like this. */
    public final Map<String, Failure> listingFailures = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Every GetMetricData call answered (errors too), in the order received. */
    public final List<MetricCall> metricCalls = Collections.synchronizedList(new ArrayList<>());
    /** The most GetMetricData calls the stub was answering at once. */
    public final AtomicInteger mostMetricCallsAtOnce = new AtomicInteger();
    /** When set, the first calls wait (at most 10 s) until this many are in at once, so a test sees the overlap. */
    public volatile CountDownLatch holdMetricCallsUntil;
    private final AtomicInteger metricCallsAtOnce = new AtomicInteger();

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
     * @param metricsFailure when set, every GetMetricData request with a query of it fails like this
     * @param metricsDenied its series come back with StatusCode Forbidden and no points ({@link #denyingMetrics})
     */
    public record StubCluster(String arn, String name, String type, String state, String instanceType,
                              List<String> brokerIds, Failure kafkaFailure, boolean metricless, Failure metricsFailure,
                              boolean metricsDenied) {
        public static StubCluster provisioned(String name, String instanceType, int brokers) {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= brokers; i++) {
                ids.add(String.valueOf(i));
            }
            return new StubCluster(arnOf(name, "us-east-1"), name, "PROVISIONED", "ACTIVE", instanceType, ids, null, false,
                    null, false);
        }

        public static StubCluster serverless(String name) {
            return new StubCluster(arnOf(name, "us-east-1"), name, "SERVERLESS", "ACTIVE", "", List.of(), null, false,
                    null, false);
        }

        public StubCluster inState(String s) {
            return new StubCluster(arn, name, type, s, instanceType, brokerIds, kafkaFailure, metricless, metricsFailure, metricsDenied);
        }

        public StubCluster failing(Failure f) {
            return new StubCluster(arn, name, type, state, instanceType, brokerIds, f, metricless, metricsFailure, metricsDenied);
        }

        public StubCluster withoutMetrics() {
            return new StubCluster(arn, name, type, state, instanceType, brokerIds, kafkaFailure, true, metricsFailure, metricsDenied);
        }

        /** Every GetMetricData request that asks for one of its metrics fails like this (e.g. throttling). */
        public StubCluster metricsFailing(Failure f) {
            return new StubCluster(arn, name, type, state, instanceType, brokerIds, kafkaFailure, metricless, f, metricsDenied);
        }

        /** Its metrics come back Forbidden (the caller may describe it but not read its metrics). */
        public StubCluster denyingMetrics() {
            return new StubCluster(arn, name, type, state, instanceType, brokerIds, kafkaFailure, metricless, metricsFailure, true);
        }

        /** The same cluster in another region (its ARN says so; that region's listing shows it). */
        public StubCluster inRegion(String region) {
            return new StubCluster(arnOf(name, region), name, type, state, instanceType, brokerIds, kafkaFailure, metricless,
                    metricsFailure, metricsDenied);
        }

        public String region() {
            return arn.split(":")[3];
        }

        private static String arnOf(String name, String region) {
            return "arn:aws:kafka:" + region + ":123456789012:cluster/" + name + "/0f6c5b4a-aaaa-bbbb-cccc-"
                    + Integer.toHexString(name.hashCode()) + "-1";
        }
    }

    /**
     * One GetMetricData call as the stub received and answered it.
     *
     * @param region the region the call was signed for
     * @param queries MetricDataQuery entries in it
     * @param clusters the Cluster Name dimensions its queries name, in order
     * @param pointsAnswered data points in the answer
     */
    public record MetricCall(String region, int queries, List<String> clusters, long pointsAnswered) {
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
        return new StubCluster(ARN, "orders", "PROVISIONED", "ACTIVE", instanceType, brokerIds, null, false, null, false);
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
        String region = signedRegion(ctx);
        Failure regionFailure = listingFailures.get(region);
        if (regionFailure != null) {
            kafkaError(ctx, regionFailure);
            return;
        }
        if (kafkaFailed(ctx, null)) {
            return;
        }
        List<StubCluster> all;
        synchronized (clusters) {
            all = clusters.values().stream().filter(c -> c.region().equals(region)).toList();
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
        kafkaError(ctx, f);
        return true;
    }

    private static void kafkaError(Context ctx, Failure f) {
        ctx.status(f.status()).contentType("application/json").header("x-amzn-ErrorType", f.code())
                .result("{\"message\":\"" + f.message() + "\"}");
    }

    /** The region of the SigV4 credential scope: {@code Credential=AKID/20261203/us-east-1/kafka/aws4_request}. */
    private static String signedRegion(Context ctx) {
        Matcher m = SCOPE.matcher(String.valueOf(ctx.header("Authorization")));
        return m.find() ? m.group(1) : "unsigned";
    }

    private void cloudWatch(Context ctx) throws InterruptedException {
        Map<String, String> form = form(ctx.body());
        if (!"GetMetricData".equals(form.get("Action"))) {
            error(ctx, new Failure(400, "InvalidAction", "stub only knows GetMetricData, got " + form.get("Action")));
            return;
        }
        getMetricDataRequests.add(form);
        int atOnce = metricCallsAtOnce.incrementAndGet();
        mostMetricCallsAtOnce.accumulateAndGet(atOnce, Math::max);
        try {
            CountDownLatch hold = holdMetricCallsUntil;
            if (hold != null) {
                hold.countDown();
                hold.await(10, TimeUnit.SECONDS);
            }
            answer(ctx, form);
        } finally {
            metricCallsAtOnce.decrementAndGet();
        }
    }

    private void answer(Context ctx, Map<String, String> form) {
        List<Query> queries = queries(form);
        String region = signedRegion(ctx);
        List<String> names = queries.stream().map(Query::cluster).distinct().toList();
        Failure invalid = validate(queries);
        Failure f = invalid != null ? invalid : cloudWatchAlwaysFails != null ? cloudWatchAlwaysFails : clusterFailure(names);
        if (f == null) {
            f = cloudWatchFailures.poll();
        }
        if (f != null) {
            metricCalls.add(new MetricCall(region, queries.size(), names, 0));
            error(ctx, f);
            return;
        }
        long[] points = new long[1];
        ctx.status(200).contentType("text/xml").result(metricData(form, queries, points));
        metricCalls.add(new MetricCall(region, queries.size(), names, points[0]));
    }

    /**
     * A query of the request: its id, what it reads (metric name and dimensions; for an expression those of the
     * first query it names) and whether its data comes back.
     */
    private record Query(String id, String metricName, String cluster, String broker, boolean returned) {
    }

    private static List<Query> queries(Map<String, String> form) {
        Map<String, Query> byId = new LinkedHashMap<>();
        List<Query> out = new ArrayList<>();
        for (int i = 1; form.containsKey("MetricDataQueries.member." + i + ".Id"); i++) {
            String prefix = "MetricDataQueries.member." + i + ".";
            String id = form.get(prefix + "Id");
            boolean returned = !"false".equals(form.get(prefix + "ReturnData"));
            Query q;
            if (form.containsKey(prefix + "Expression")) {
                Matcher m = ID_IN_EXPRESSION.matcher(form.get(prefix + "Expression"));
                Query first = m.find() ? byId.get(m.group()) : null;
                q = new Query(id, "cpu", first == null ? "" : first.cluster(), first == null ? "" : first.broker(), returned);
            } else {
                String cluster = "";
                String broker = "";
                String dims = prefix + "MetricStat.Metric.Dimensions.member.";
                for (int d = 1; form.containsKey(dims + d + ".Name"); d++) {
                    if ("Cluster Name".equals(form.get(dims + d + ".Name"))) {
                        cluster = form.get(dims + d + ".Value");
                    } else if ("Broker ID".equals(form.get(dims + d + ".Name"))) {
                        broker = form.get(dims + d + ".Value");
                    }
                }
                q = new Query(id, form.get(prefix + "MetricStat.Metric.MetricName"), cluster, broker, returned);
            }
            byId.put(id, q);
            out.add(q);
        }
        return out;
    }

    /** What CloudWatch refuses: too many queries, an id against its rule, the same id twice. */
    private static Failure validate(List<Query> queries) {
        if (queries.size() > MAX_QUERIES) {
            return new Failure(400, "ValidationError", "The collection MetricDataQueries must not have a size greater than "
                    + MAX_QUERIES + ", was " + queries.size());
        }
        Set<String> seen = new HashSet<>();
        for (Query q : queries) {
            if (!QUERY_ID.matcher(q.id()).matches()) {
                return new Failure(400, "ValidationError", "Invalid metric data query id " + q.id());
            }
            if (!seen.add(q.id())) {
                return new Failure(400, "ValidationError", "The values for parameter id in MetricDataQueries are not unique: " + q.id());
            }
        }
        return null;
    }

    private StubCluster listed(String name) {
        synchronized (clusters) {
            return clusters.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    private Failure clusterFailure(List<String> names) {
        return names.stream().map(this::listed).filter(c -> c != null && c.metricsFailure() != null)
                .map(StubCluster::metricsFailure).findFirst().orElse(null);
    }

    private String metricData(Map<String, String> form, List<Query> queries, long[] pointsAnswered) {
        Instant start = Instant.parse(form.get("StartTime"));
        Instant end = Instant.parse(form.get("EndTime"));
        int period = 60;
        for (int i = 1; form.containsKey("MetricDataQueries.member." + i + ".Id"); i++) {
            String key = "MetricDataQueries.member." + i + ".MetricStat.Period";
            if (form.containsKey(key)) {
                period = Integer.parseInt(form.get(key));
            }
        }
        List<Query> returned = queries.stream().filter(Query::returned).toList();
        long total = (end.getEpochSecond() - start.getEpochSecond()) / period;
        int maxDatapoints = Integer.parseInt(form.getOrDefault("MaxDatapoints", "100800"));
        long perPage = Math.min(pointsPerPage, Math.max(1, maxDatapoints / Math.max(1, returned.size())));
        long from = form.containsKey("NextToken") ? Long.parseLong(form.get("NextToken")) : 0;
        long to = Math.min(total, from + perPage);
        StringBuilder xml = new StringBuilder("<GetMetricDataResponse xmlns=\"" + CW_NS + "\"><GetMetricDataResult><MetricDataResults>");
        for (Query q : returned) {
            StubCluster c = listed(q.cluster());
            boolean denied = c != null && c.metricsDenied();
            boolean empty = denied || c != null && c.metricless() || brokersWithoutData.contains(q.broker());
            String status = denied ? "Forbidden" : to < total ? "PartialData" : "Complete";
            xml.append("<member><Id>").append(q.id()).append("</Id><Label>").append(q.id()).append("</Label><StatusCode>")
                    .append(status).append("</StatusCode><Timestamps>");
            StringBuilder values = new StringBuilder();
            for (long k = from; k < to && !empty; k++) {
                xml.append("<member>").append(start.plusSeconds(k * period)).append("</member>");
                values.append("<member>").append(value(q.metricName(), k)).append("</member>");
                pointsAnswered[0]++;
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
    static double value(String metricName, long k) {
        return switch (metricName) {
            case "BytesInPerSec" -> 2_000_000 + (k % 2) * 1000;
            case "BytesOutPerSec" -> 4_000_000;
            case "cpu" -> 20;
            case "KafkaDataLogsDiskUsed" -> 30;
            case "PartitionCount" -> 100;
            case "StorageUsed" -> 5e11;
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
