package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A full disk under the CLI's output: it says so and fails, and never destroys an earlier report. */
class OutputFaultsTest {
    @TempDir
    Path dir;

    /** Standard output on a disk that fills after {@code capacity} characters. */
    private static final class FullDisk extends Writer {
        private final int capacity;
        private int written;

        FullDisk(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            written += length;
            if (written > capacity) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void plan_batch_on_a_full_disk_exits_1_with_one_line() throws IOException {
        StringBuilder csv = new StringBuilder("avgIngressMBps,peakIngressMBps\n");
        for (int i = 0; i < 400; i++) {
            csv.append(10 + i % 7).append(',').append(30).append('\n');
        }
        Path batch = Files.writeString(dir.resolve("batch.csv"), csv);
        StringWriter err = new StringWriter();
        CommandLine cmd = MskPlannerCommand.commandLine();
        cmd.setOut(new PrintWriter(new FullDisk(16 * 1024)));
        cmd.setErr(new PrintWriter(err));

        int exit = cmd.execute("plan", "--batch", batch.toString(), "--format", "csv");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("msk-planner: could not write the batch rows to standard output");
    }

    @Test
    void a_report_write_that_fails_half_way_keeps_the_earlier_report() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), "# the earlier report\n");

        assertThatThrownBy(() -> AtomicOutput.write(report, "# the new report\n" + "x".repeat(10_000), (file, text) -> {
            Files.writeString(file, text.substring(0, 100), StandardCharsets.UTF_8);
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left on device");

        assertThat(Files.readString(report)).isEqualTo("# the earlier report\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.md");
        }
    }

    @Test
    void a_report_written_whole_replaces_the_earlier_one() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), "# the earlier report\n");

        AtomicOutput.write(report, "# the new report\n");

        assertThat(Files.readString(report)).isEqualTo("# the new report\n");
    }
}
