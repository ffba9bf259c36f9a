package mskplanner.pricing.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local AWS Price List Query API speaking the wire protocol of SDK 2.40.2: AWS JSON 1.1, {@code POST /} with
 * {@code X-Amz-Target: AWSPriceListService.GetProducts}. It answers with the products matching the request's
 * TERM_MATCH filters, paginated by NextToken, or with a scripted error ({@code {"__type": ..., "message": ...}}).
 */
public final class PriceListStub implements AutoCloseable {
    public static final String THROTTLING = "ThrottlingException";
    public static final String ACCESS_DENIED = "AccessDeniedException";
    private static final String TARGET = "AWSPriceListService.GetProducts";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final List<ObjectNode> products = new CopyOnWriteArrayList<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final Queue<String> nextFailures = new ConcurrentLinkedQueue<>();
    private volatile String everyFailure;
    private volatile int pageSize = 100;
    private final Javalin app;

    private PriceListStub() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/", this::answer);
        }).start("127.0.0.1", 0);
    }

    public static PriceListStub start() {
        return new PriceListStub();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    public PriceListStub serving(Collection<ObjectNode> more) {
        products.addAll(more);
        return this;
    }

    public PriceListStub pageSize(int size) {
        pageSize = size;
        return this;
    }

    /** The next {@code times} calls fail with this error type; later calls succeed. */
    public PriceListStub failingNext(int times, String errorType) {
        for (int i = 0; i < times; i++) {
            nextFailures.add(errorType);
        }
        return this;
    }

    public PriceListStub failingAlways(String errorType) {
        everyFailure = errorType;
        return this;
    }

    /** Every request body received, in order. */
    public List<JsonNode> requests() {
        return requests;
    }

    private void answer(Context ctx) throws Exception {
        if (!TARGET.equals(ctx.header("X-Amz-Target"))) {
            error(ctx, 400, "UnknownOperationException", "unexpected target " + ctx.header("X-Amz-Target"));
            return;
        }
        JsonNode request = PriceListFixtures.JSON.readTree(ctx.bodyAsBytes());
        requests.add(request);
        String failure = everyFailure != null ? everyFailure : nextFailures.poll();
        if (failure != null) {
            error(ctx, 400, failure, THROTTLING.equals(failure) ? "Rate exceeded"
                    : "User: arn:aws:iam::123456789012:user/test is not authorized to perform: pricing:GetProducts");
            return;
        }
        List<ObjectNode> matching = products.stream().filter(p -> matches(p, request)).toList();
        int from = request.hasNonNull("NextToken") ? Integer.parseInt(request.get("NextToken").asText().substring("offset-".length())) : 0;
        int size = Math.min(pageSize, request.path("MaxResults").asInt(100));
        int to = Math.min(matching.size(), from + size);
        ObjectNode body = PriceListFixtures.JSON.createObjectNode().put("FormatVersion", "aws_v1");
        ArrayNode list = body.putArray("PriceList");
        for (ObjectNode p : matching.subList(from, to)) {
            list.add(PriceListFixtures.JSON.writeValueAsString(p));
        }
        if (to < matching.size()) {
            body.put("NextToken", "offset-" + to);
        }
        ctx.status(200).contentType(CONTENT_TYPE).result(PriceListFixtures.JSON.writeValueAsString(body));
    }

    private static boolean matches(ObjectNode product, JsonNode request) {
        if (!request.path("ServiceCode").asText().equals(product.path("serviceCode").asText())) {
            return false;
        }
        for (JsonNode f : request.path("Filters")) {
            String field = f.path("Field").asText();
            JsonNode attributes = product.path("product").path("attributes");
            String actual = "productFamily".equals(field) ? product.path("product").path("productFamily").asText()
                    : attributes.path(field).asText();
            if (!"TERM_MATCH".equals(f.path("Type").asText()) || !actual.equalsIgnoreCase(f.path("Value").asText())) {
                return false;
            }
        }
        return true;
    }

    private static void error(Context ctx, int status, String type, String message) throws Exception {
        ObjectNode body = PriceListFixtures.JSON.createObjectNode().put("__type", type).put("message", message);
        ctx.status(status).contentType(CONTENT_TYPE).result(PriceListFixtures.JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        app.stop();
    }
}
