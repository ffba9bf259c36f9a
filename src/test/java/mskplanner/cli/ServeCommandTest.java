package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code serve} with no {@code --host} listens on loopback only: nothing else on the network can reach it. */
class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ServeCommand serve;

    private int run(String... args) {
        CommandLine cmd = MskPlannerCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        serve = cmd.getSubcommands().get("serve").getCommand();
        return exit;
    }

    @AfterEach
    void stopServer() {
        if (serve != null && serve.server != null) {
            serve.server.stop();
        }
    }

    @Test
    void by_default_the_server_binds_127_0_0_1() {
        assertThat(run("serve", "--port", "0")).isZero();
        ServerConnector connector = (ServerConnector) serve.server.jettyServer().server().getConnectors()[0];
        assertThat(connector.getHost()).isEqualTo("127.0.0.1");
        assertThat(out.toString()).startsWith("msk-planner listening on http://127.0.0.1:" + serve.server.port() + "/");
    }

    @Test
    void by_default_the_server_cannot_be_reached_on_another_interface() throws Exception {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        run("serve", "--port", "0");
        int port = serve.server.port();
        try (Socket loopback = new Socket("127.0.0.1", port)) {
            assertThat(loopback.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(external.get(), port), 2_000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void the_help_states_the_loopback_default() {
        run("serve", "--help");
        assertThat(out.toString()).contains("Address to bind (default: 127.0.0.1");
    }

    @ParameterizedTest
    @CsvSource({"--trust-proxy, https://planner.example.com/api/v1/prices", "--host=127.0.0.1, http://127.0.0.1:PORT/api/v1/prices"})
    void the_forwarded_address_names_the_links_only_with_trust_proxy(String flag, String link) throws Exception {
        run("serve", "--port", "0", flag);
        String api = "http://127.0.0.1:" + serve.server.port() + "/api";
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "planner.example.com").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("curl -sS '" + link.replace("PORT", String.valueOf(serve.server.port())));
    }

    @Test
    void a_client_rate_out_of_range_is_exit_2_with_one_line_naming_the_flag() {
        assertThat(run("serve", "--port", "0", "--client-rate", "-1")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--client-rate").contains("-1")
                .contains("0 (no limit) to 1,000,000");
        assertThat(serve.server).isNull();
    }

    @Test
    void a_client_over_its_rate_gets_429_with_retry_after_while_health_and_other_addresses_are_served() throws Exception {
        run("serve", "--port", "0", "--client-rate", "5");
        int port = serve.server.port();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                refused = r;
            }
        }

        assertThat(refused).as("a 429 within 50 requests at once, 5 a second allowed").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":429").contains("more than 5 requests a second").contains("--client-rate");
        // the same address's health checks are never limited
        for (int i = 0; i < 20; i++) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        // another loopback address has its own allowance
        try (Socket other = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName("127.0.0.2"), 0)) {
            other.setSoTimeout(10_000);
            other.getOutputStream().write(("GET /api HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String statusLine = new String(other.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(statusLine).isEqualTo("HTTP/1.1 200");
        }
    }
}
