package mskplanner.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mskplanner.pricing.PricingData;
import mskplanner.testing.Fixtures;

/**
 * The real web app on a free port, with the bundled prices and a fixed "today" (so the stale-price banner is
 * deterministic), for page tests. Redirects are not followed, so tests see them.
 */
public final class TestServer implements AutoCloseable {
    /** A day the bundled us-east-1 prices (published 2026-09-11) are fresh on. */
    public static final Clock FRESH_PRICES_DAY = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), ZoneOffset.UTC);

    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(Javalin app) {
        this.app = app;
    }

    public static PricingData bundledPricing() {
        return Fixtures.bundled();
    }

    public static TestServer start() {
        return start(FRESH_PRICES_DAY);
    }

    public static TestServer start(Clock clock) {
        return new TestServer(WebApp.create(bundledPricing(), clock).start("127.0.0.1", 0));
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
