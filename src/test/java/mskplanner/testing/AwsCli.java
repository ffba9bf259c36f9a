package mskplanner.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's AWS CLI (awscli, installed by .ci/run), run on a generated command line as a user pastes it into bash, with
 * dummy credentials and the endpoint a closed port on 127.0.0.1: a command the CLI accepts fails only to connect
 * (exit 255, "Could not connect"); one it refuses fails its parameter validation or usage check first. Nothing
 * leaves the machine.
 */
public final class AwsCli {
    /** Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once. */
    public static final String NOWHERE = " --endpoint-url http://127.0.0.1:9 --cli-connect-timeout 1 --cli-read-timeout 1";
    public static final int UNREACHABLE = 255;
    public static final String COULD_NOT_CONNECT = "Could not connect to the endpoint URL";
    private static final long MAX_SECONDS_PER_RUN = 60;

    private final String aws;
    private final Path home;

    private AwsCli(String aws, Path home) {
        this.aws = aws;
        this.home = home;
    }

    /** Debian's CLI (preferred over one on PATH from pyenv or pip), with {@code home} as HOME so no ~/.aws is read. */
    public static Optional<AwsCli> find(Path home) {
        return Stream.of("/usr/bin/aws", "/usr/local/bin/aws").filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .map(p -> new AwsCli(p, home));
    }

    public record Run(int exit, String output) {
    }

    /** Runs {@code command} (starting {@code aws }) against nowhere. */
    public Run runNowhere(String command) throws IOException, InterruptedException {
        if (!command.startsWith("aws ")) {
            throw new IllegalArgumentException("not an aws command: " + command);
        }
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-c", aws + command.substring("aws".length()) + NOWHERE))
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(Map.of("PATH", "/usr/bin:/bin", "HOME", home.toString(), "AWS_ACCESS_KEY_ID", "x",
                "AWS_SECRET_ACCESS_KEY", "x", "AWS_DEFAULT_REGION", "us-east-1", "AWS_EC2_METADATA_DISABLED", "true",
                "AWS_MAX_ATTEMPTS", "1", "AWS_PAGER", ""));
        Process p = pb.start();
        if (!p.waitFor(MAX_SECONDS_PER_RUN, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("aws did not finish within " + MAX_SECONDS_PER_RUN + " s: " + command);
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
