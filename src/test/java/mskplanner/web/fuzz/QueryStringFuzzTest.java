package mskplanner.web.fuzz;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mskplanner.testing.RawHttp;
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
 * Random query strings on every GET endpoint ({@link Endpoints#GETS}) and on the JSON endpoints: known parameters with
 * hostile values, unknown parameters, repeated parameters, and raw bytes no URI library would produce.
 */
class QueryStringFuzzTest {
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

    /** A path and its query string, percent-encoded as a client library would send it. */
    record Query(String path, List<Map.Entry<String, String>> parameters) {
        String encoded() {
            return path + (parameters.isEmpty() ? "" : "?" + parameters.stream()
                    .map(p -> encode(p.getKey()) + "=" + encode(p.getValue())).collect(Collectors.joining("&")));
        }

        @Override
        public String toString() {
            return encoded();
        }
    }

    @Property
    void known_and_unknown_parameters_with_any_values(@ForAll("queries") Query query) {
        FuzzServer.assertWellBehaved(query.toString(), server.get(query.encoded()));
        FuzzServer.requireAcceptedAndRefused();
    }

    @Provide
    Arbitrary<Query> queries() {
        return Arbitraries.of(Endpoints.GETS).flatMap(get -> {
            Arbitrary<String> name = get.parameters().isEmpty() ? anyName() : Arbitraries.oneOf(Arbitraries.of(get.parameters()), anyName());
            Arbitrary<Map.Entry<String, String>> parameter = Combinators.combine(name, value()).as(Map::entry);
            return parameter.list().ofMaxSize(4).map(ps -> new Query(get.path(), ps));
        });
    }

    @Property
    void a_valid_query_with_one_parameter_set_to_a_hostile_value(@ForAll("changedQueries") String pathAndQuery) {
        FuzzServer.assertWellBehaved(pathAndQuery, server.get(pathAndQuery));
        FuzzServer.requireAcceptedAndRefused();
    }

    @Provide
    Arbitrary<String> changedQueries() {
        return Arbitraries.of(Endpoints.GETS.stream().filter(g -> !g.parameters().isEmpty()).toList())
                .flatMap(get -> Combinators.combine(Arbitraries.of(get.parameters()), value())
                        .as((name, v) -> get.path() + "?" + get.validQuery() + "&" + encode(name) + "=" + encode(v)));
    }

    @Property(tries = 300)
    void raw_query_strings_with_broken_percent_encoding_and_bytes(@ForAll("rawTargets") String target) throws IOException {
        String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        FuzzServer.assertWellBehaved(request, RawHttp.exchange(server.port(), request));
    }

    @Provide
    Arbitrary<String> rawTargets() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of("%", "%%", "%zz", "%0", "%00", "%C0%AF", "%ED%A0%80", "%FF", "+", "&&", "==", "=", "&=&",
                        "region", "region=", "format=csv", "format=", "a[]=1", "?", "#", ";", "%20", "%2F..%2F"),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0080', '\u00ff').ofMaxLength(4));
        return Combinators.combine(Arbitraries.of(Endpoints.GETS), junk.list().ofMaxSize(6))
                .as((get, parts) -> get.path() + "?" + String.join("", parts));
    }

    @Property(tries = 200)
    void the_json_endpoints_take_any_query_string_too(@ForAll("postQueries") Query query) {
        Endpoints.JsonPost endpoint = Endpoints.JSON_POSTS.stream().filter(e -> e.path().equals(query.path())).findFirst().orElseThrow();
        FuzzServer.assertWellBehaved(query.toString(), server.post(query.encoded(),
                endpoint.validBody().getBytes(StandardCharsets.UTF_8), "application/json", null));
        FuzzServer.requireAcceptedAndRefused();
    }

    /**
     * Values stay short here: a request line over 8 KiB is a 414, and Jetty closes the connection on a request it
     * cannot parse; a client still sending a body may then see a reset instead of the 414 (GETs cover the 414).
     */
    @Provide
    Arbitrary<Query> postQueries() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("format", "region", "callback", "debug"), anyName());
        Arbitrary<Map.Entry<String, String>> parameter = Combinators.combine(name, shortValue()).as(Map::entry);
        return Combinators.combine(Arbitraries.of(Endpoints.JSON_POSTS), parameter.list().ofMaxSize(3))
                .as((e, ps) -> new Query(e.path(), ps));
    }

    private static Arbitrary<String> anyName() {
        return Arbitraries.strings().all().ofMaxLength(8);
    }

    private static Arbitrary<String> shortValue() {
        return Arbitraries.oneOf(Arbitraries.of("", "csv", "json", "us-east-1", "<script>alert(1)</script>", "=1+1"),
                Arbitraries.of(JsonFuzz.EDGE_NUMBERS).filter(n -> n.length() < 100), Arbitraries.strings().all().ofMaxLength(30));
    }

    private static Arbitrary<String> value() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "csv", "json", "CSV", "us-east-1", "eu-west-1", "mars-north-1", "US-EAST-1", " us-east-1",
                        "<script>alert(1)</script>", "=1+1", "../../etc/passwd", "null", "NaN", "1e400", "-0", "9223372036854775808"),
                Arbitraries.of(JsonFuzz.EDGE_NUMBERS),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(2000));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
