package mskplanner.web.fuzz;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import mskplanner.testing.Exports;
import mskplanner.web.MetricsExports;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile uploads to {@code POST /rightsize}: a valid multipart upload of two AWS CLI exports, cut, spliced, with its
 * boundary or Content-Type broken, or with huge part names. The page answers with itself or a 4xx, never a 5xx.
 */
class MultipartUploadFuzzTest {
    private static final String BOUNDARY = "fuzzBoundary7Yq";
    private static final String VALID = upload(BOUNDARY, "metricsFile", "clusterFile");
    private static FuzzServer server;

    @BeforeContainer
    static void start() {
        server = new FuzzServer();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @AfterProperty
    void the_server_still_answers_its_health_check() {
        server.assertStillServing();
    }

    private static String upload(String boundary, String metricsName, String clusterName) {
        String metrics = MetricsExports.days(Instant.parse("2026-11-16T00:00:00Z"), 1, 3600, "1", "2", "3");
        String cluster = Exports.cluster("us-east-1", "kafka.m7g.large", 3);
        return part(boundary, metricsName, metrics) + part(boundary, clusterName, cluster) + "--" + boundary + "--\r\n";
    }

    private static String part(String boundary, String name, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + ".json\"\r\nContent-Type: application/json\r\n\r\n" + content + "\r\n";
    }

    record Upload(String contentType, String body) {
        @Override
        public String toString() {
            return contentType + "\n" + FuzzServer.shorten(body);
        }
    }

    @Property(tries = 150)
    void a_broken_upload_is_answered_with_the_page_or_a_client_error(@ForAll("uploads") Upload upload) {
        HttpResponse<String> r = server.post("/rightsize", upload.body().getBytes(StandardCharsets.ISO_8859_1),
                upload.contentType(), "text/html");
        FuzzServer.assertWellBehaved(upload.toString(), r);
    }

    @Provide
    Arbitrary<Upload> uploads() {
        Arbitrary<String> contentType = Arbitraries.of("multipart/form-data; boundary=" + BOUNDARY, "multipart/form-data",
                "multipart/form-data; boundary=", "multipart/form-data; boundary=other", "multipart/mixed; boundary=" + BOUNDARY,
                "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=\""
                        + BOUNDARY + "\"; charset=utf-16");
        Arbitrary<String> body = Arbitraries.oneOf(
                Arbitraries.just(VALID),
                Arbitraries.integers().between(0, VALID.length()).map(n -> VALID.substring(0, n)),
                Combinators.combine(Arbitraries.integers().between(0, VALID.length()), Arbitraries.strings().ofMaxLength(20)
                        .withChars("\r\n-\"; =:").withCharRange('\u0000', '\u00ff')).as((at, s) -> VALID.substring(0, at) + s + VALID.substring(at)),
                Arbitraries.integers().between(1, 300_000).map(n -> upload(BOUNDARY, "m".repeat(n), "clusterFile")),
                Arbitraries.strings().ofMaxLength(2000).withCharRange('\u0000', '\u00ff'),
                Arbitraries.just(VALID.replace("\r\n", "\n")),
                Arbitraries.just(VALID.replace("Content-Disposition", "Content-Dispositon")),
                Arbitraries.just(VALID + VALID));
        return Combinators.combine(Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just("multipart/form-data; boundary=" + BOUNDARY)),
                net.jqwik.api.Tuple.of(1, contentType)), body).as(Upload::new);
    }
}
