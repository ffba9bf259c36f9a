package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/rightsize: an over-provisioned cluster's verdict says how to apply the change, in every format. */
class RightsizeApplyApiTest {
    /** Six kafka.m7g.large brokers at 2 MB/s each and 15% CPU: three carry it. */
    private static final String METRICS = Exports.threeBrokersOneHour("1", "2", "3", "4", "5", "6");
    private static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/7c2f-1";
    private static final String CLUSTER = Exports.cluster("us-east-1", "kafka.m7g.large", 6)
            .replace("\"ClusterName\": \"orders\",", "\"ClusterName\": \"orders\", \"CurrentVersion\": \"K3AEGXETSR30VB\",");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String cluster, String format) throws Exception {
        return new Multipart().file("metricsFile", "metrics.json", METRICS).file("clusterFile", "cluster.json", cluster)
                .post(URI.create(server.url("/api/v1/rightsize?format=" + format)));
    }

    @Test
    void the_json_verdict_carries_the_commands_with_the_clusters_current_version() throws Exception {
        JsonNode verdict = Json.mapper().readTree(post(CLUSTER, "json").body()).path("verdict");

        assertThat(verdict.path("kind").asText()).isEqualTo("over-provisioned");
        assertThat(verdict.at("/target/brokers").asInt()).isEqualTo(3);
        assertThat(verdict.at("/apply/awsCli/0").asText()).startsWith("aws kafka ")
                .contains("--cluster-arn " + ARN + " --current-version K3AEGXETSR30VB ");
        assertThat(verdict.at("/apply/awsCli").toString()).contains("update-broker-count --cluster-arn " + ARN)
                .contains("--target-number-of-broker-nodes 3");
        assertThat(verdict.at("/apply/cautions").toString()).contains("Before removing brokers");
        assertThat(verdict.at("/apply/terraform").asText()).contains("-  number_of_broker_nodes = 6\n+  number_of_broker_nodes = 3\n");
    }

    @Test
    void without_a_current_version_the_first_command_has_the_named_placeholder() throws Exception {
        JsonNode verdict = Json.mapper().readTree(post(Exports.cluster("us-east-1", "kafka.m7g.large", 6), "json").body())
                .path("verdict");

        assertThat(verdict.at("/apply/awsCli/0").asText()).contains("--current-version CURRENT-VERSION-REPLACE-ME ");
        assertThat(verdict.at("/apply/cautions").toString()).contains("The cluster's current version is not known here");
    }

    @Test
    void the_markdown_report_has_a_how_to_apply_section_with_the_commands() throws Exception {
        String md = post(CLUSTER, "md").body();

        assertThat(md).contains("## How to apply\n\nRun these in order, each once the previous update has finished:\n\n```bash\naws kafka ")
                .contains("--target-number-of-broker-nodes 3\n```\n")
                .contains("```diff\n resource \"aws_msk_cluster\" \"orders\" {\n");
    }

    @Test
    void the_html_report_shows_the_commands_cautions_and_terraform() throws Exception {
        String html = post(CLUSTER, "html").body();

        assertThat(html).contains("<h2 id=\"apply-title\">How to apply</h2>")
                .contains("<pre class=\"aws-cli\"><code>aws kafka ")
                .contains("--target-number-of-broker-nodes 3")
                .contains("<ul class=\"cautions\">")
                .contains("<pre class=\"terraform\"><code> resource \"aws_msk_cluster\" \"orders\" {");
    }

    @Test
    void a_right_sized_cluster_has_no_apply() throws Exception {
        JsonNode verdict = Json.mapper().readTree(new Multipart()
                .file("metricsFile", "metrics.json", Exports.threeBrokersOneHour("1", "2", "3"))
                .file("clusterFile", "cluster.json", Exports.cluster("us-east-1", "kafka.m7g.large", 3))
                .post(URI.create(server.url("/api/v1/rightsize?format=json"))).body()).path("verdict");

        assertThat(verdict.path("kind").asText()).isEqualTo("right-sized");
        assertThat(verdict.path("apply").isNull()).isTrue();
    }
}
