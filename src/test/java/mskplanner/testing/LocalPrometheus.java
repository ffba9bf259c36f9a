package mskplanner.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's {@code prometheus} package) on a free loopback port, its TSDB backfilled from an
 * OpenMetrics file with {@code promtool tsdb create-blocks-from openmetrics}. Tests skip where it is not installed,
 * except where CI=true: there a missing Prometheus fails the build, since these tests are the only proof that the
 * adapter speaks the real API.
 */
public final class LocalPrometheus implements AutoCloseable {
    public static final Path PROMETHEUS = Path.of(System.getProperty("prometheus.binary", "/usr/bin/prometheus"));
    public static final Path PROMTOOL = Path.of(System.getProperty("promtool.binary", "/usr/bin/promtool"));
    private static final Duration START_PATIENCE = Duration.ofSeconds(60);
    private static final Duration BACKFILL_PATIENCE = Duration.ofMinutes(3);
    /** Longer than any backfilled history, so nothing is deleted while the tests run. */
    private static final String RETENTION = "10y";

    public enum Decision { RUN, SKIP, FAIL }

    private final Process process;
    private final URI url;
    private final Path log;

    private LocalPrometheus(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    public static boolean installed() {
        return Files.isExecutable(PROMETHEUS) && Files.isExecutable(PROMTOOL);
    }

    public static Decision decide(boolean installed, String ciEnvironmentVariable) {
        if (installed) {
            return Decision.RUN;
        }
        return "true".equalsIgnoreCase(ciEnvironmentVariable) ? Decision.FAIL : Decision.SKIP;
    }

    public static String missingMessage() {
        return "Prometheus or promtool not found (" + PROMETHEUS + ", " + PROMTOOL + "): apt-get install prometheus";
    }

    /** Backfills {@code history} into {@code dir}/data and starts Prometheus on it; waits (bounded) until it is ready. */
    public static LocalPrometheus start(Path history, Path dir) throws IOException, InterruptedException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 60s\n");
        run(List.of(PROMTOOL.toString(), "tsdb", "create-blocks-from", "openmetrics", history.toString(), data.toString()),
                dir.resolve("promtool.log"), BACKFILL_PATIENCE);
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process p = new ProcessBuilder(PROMETHEUS.toString(), "--storage.tsdb.path=" + data,
                "--web.listen-address=127.0.0.1:" + port, "--config.file=" + config,
                "--storage.tsdb.retention.time=" + RETENTION)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalPrometheus prometheus = new LocalPrometheus(p, URI.create("http://127.0.0.1:" + port), log);
        try {
            prometheus.awaitReady();
        } catch (IOException | RuntimeException e) {
            prometheus.close();
            throw e;
        }
        return prometheus;
    }

    public URI url() {
        return url;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("prometheus exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url.resolve("/-/ready")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IOException("prometheus not ready within " + START_PATIENCE + ": " + Files.readString(log));
    }

    private static void run(List<String> command, Path log, Duration patience) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + patience);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + p.exitValue() + ": "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops Prometheus (SIGTERM, then SIGKILL after a bounded wait). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
