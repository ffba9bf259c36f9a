package mskplanner.testing;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import mskplanner.web.WebApp;

/** A real server on a random loopback port and a plain HTTP client: tests talk HTTP, as users do. */
public final class Http implements AutoCloseable {
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    private Http(Javalin app) {
        this.app = app;
    }

    public static Http start() {
        return new Http(WebApp.create(Fixtures.bundled()).start("127.0.0.1", 0));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
