package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import mskplanner.testing.Cli;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved Prometheus query_range answers, keyed as --promql keys them, are read where a CloudWatch export is. */
class RightsizePrometheusExportPageTest {
    private static TestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One hour at one minute of three MSK brokers, each 2 MB/s in, 4 MB/s out, CPU 15%, disk 30%, 100 partitions. */
    static String threeBrokersOneHour() {
        StringJoiner doc = new StringJoiner(", ", "{", "}");
        String[][] keys = {{"bytesIn", "2000000", "11001"}, {"bytesOut", "4000000", "11001"}, {"cpu", "15", "11002"},
                {"diskUsedPercent", "30", "11002"}, {"partitions", "100", "11001"}};
        for (String[] key : keys) {
            StringJoiner result = new StringJoiner(",");
            for (int broker = 1; broker <= 3; broker++) {
                StringJoiner values = new StringJoiner(",");
                for (int minute = 0; minute < 60; minute++) {
                    values.add("[" + (1_735_689_600 + 60 * minute) + ",\"" + key[1] + "\"]");
                }
                result.add("{\"metric\":{\"instance\":\"b-" + broker + ".orders.x1y2z3.c2.kafka.us-east-1.amazonaws.com:"
                        + key[2] + "\"},\"values\":[" + values + "]}");
            }
            doc.add("\"" + key[0] + "\": {\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[" + result + "]}}");
        }
        return doc.toString();
    }

    @Test
    void the_page_analyses_a_prometheus_export_beside_the_cluster_description() throws Exception {
        HttpResponse<String> page = new Multipart().file("metricsFile", "prometheus.json", threeBrokersOneHour())
                .file("clusterFile", "cluster.json", Exports.cluster("us-east-1", "kafka.m7g.large", 3))
                .post(URI.create(server.url("/rightsize")));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<div class=\"verdict verdict-").contains("Prometheus export")
                .contains("CPU p95, hottest broker").doesNotContain("field-error");
    }

    @Test
    void the_cli_reads_the_same_export_as_its_metrics_file() throws Exception {
        Path metrics = Files.writeString(dir.resolve("prometheus.json"), threeBrokersOneHour());
        Path cluster = Files.writeString(dir.resolve("cluster.json"), Exports.cluster("us-east-1", "kafka.m7g.large", 3));
        Cli cli = new Cli();

        assertThat(cli.run("rightsize", "--metrics-file", metrics.toString(), "--cluster-file", cluster.toString(),
                "--output", "json")).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Prometheus export");
    }
}
