package mskplanner.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data request of text fields and files, as a browser or {@code curl -F} sends it. */
public final class Multipart {
    private static final String BOUNDARY = "----msk-planner-test";
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String[]> files = new LinkedHashMap<>();

    public Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public Multipart file(String name, String fileName, String content) {
        files.put(name, new String[] {fileName, content});
        return this;
    }

    public HttpResponse<String> post(URI uri) throws java.io.IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        files.forEach((name, file) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(file[0])
                .append("\"\r\nContent-Type: application/json\r\n\r\n").append(file[1]).append("\r\n"));
        body.append("--").append(BOUNDARY).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
