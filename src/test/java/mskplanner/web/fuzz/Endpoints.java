package mskplanner.web.fuzz;

import java.util.List;
import mskplanner.testing.Requests;

/** Every endpoint the fuzz suite drives. A new endpoint gets a row here, and so every property. */
final class Endpoints {
    /** A JSON POST endpoint, with a request it answers with 200 as the seed to break. */
    record JsonPost(String path, String validBody) {
        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    /** A GET endpoint and the query parameters it reads. */
    record Get(String path, List<String> parameters) {
        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    static final List<JsonPost> JSON_POSTS = List.of(
            new JsonPost("/api/v1/estimate", Requests.clustersExample()));

    static final List<Get> GETS = List.of(
            new Get("/api/v1/prices", List.of("region", "format")),
            new Get("/api/v1/instance-types", List.of("format")),
            new Get("/health", List.of()),
            new Get("/", List.of()));

    /** Field names the request bodies use, so random objects often hit real fields with wrong values. */
    static final List<String> FIELD_NAMES = List.of("region", "hoursPerMonth", "clusters", "name", "type", "instanceType",
            "brokers", "storageGiBPerBroker", "provisionedThroughputMiBps", "tieredStorageGiB", "availabilityZones",
            "storageGiB", "dataInGiB", "dataOutGiB", "partitions", "mcus");

    private Endpoints() {
    }
}
