package mskplanner.web.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LibreOffice recipe of docs/spreadsheets.md with the real program (Debian's {@code libreoffice-calc-nogui}):
 * headless LibreOffice loads the CSV link from the server and reads the same cells. Skipped where it is not
 * installed, except where CI=true: there a missing LibreOffice fails the build.
 */
class LibreOfficeLinkTest {
    private static final Path SOFFICE = Path.of(System.getProperty("soffice.binary", "/usr/bin/soffice"));
    /** A cold start with a fresh profile takes a few seconds; this bounds a hung one. */
    private static final long PATIENCE_SECONDS = 120;
    private static final String LINK = "/api/v1/plan?avgIngressMBps=50&peakIngressMBps=120&breakEven=false&format=csv"
            + "&fields=instanceType,brokers,monthlyUsd";

    /** The filter LibreOffice's Text Import uses, with its options: comma, double quote, UTF-8 (76), from line 1. */
    static final String CSV_FILTER = "Text - txt - csv (StarCalc):44,34,76,1";

    @TempDir
    Path dir;

    @Test
    void headless_libreoffice_reads_the_csv_link_cell_for_cell() throws Exception {
        boolean installed = Files.isExecutable(SOFFICE);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("LibreOffice not found (" + SOFFICE + "): apt-get install libreoffice-calc-nogui");
        }
        assumeTrue(installed, "LibreOffice not installed");
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> direct = server.get(LINK);

            List<String> sheet = convertedByLibreOffice(server.url(LINK));

            List<String> served = direct.body().lines().toList();
            assertThat(sheet).hasSameSizeAs(served).hasSizeGreaterThan(2);
            assertThat(cells(sheet.get(0))).isEqualTo(cells(served.get(0))).containsExactly("instanceType", "brokers", "monthlyUsd");
            for (int i = 1; i < served.size(); i++) {
                String[] mine = cells(served.get(i));
                String[] theirs = cells(sheet.get(i));
                assertThat(theirs[0]).isEqualTo(mine[0]);
                assertThat(theirs[1]).isEqualTo(mine[1]);
                // LibreOffice writes the number it read, without trailing zeros (459.90 is 459.9)
                assertThat(new BigDecimal(theirs[2])).as(sheet.get(i)).isEqualByComparingTo(mine[2]);
            }
        }
    }

    /** The cells of a row without commas inside; LibreOffice quotes its text cells, the server only where needed. */
    private static String[] cells(String row) {
        return row.replace("\"", "").split(",");
    }

    private List<String> convertedByLibreOffice(String url) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--infilter=" + CSV_FILTER, "--convert-to", "csv", "--outdir", out.toString(), url)
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!soffice.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            soffice.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("soffice did not finish within " + PATIENCE_SECONDS + " s: " + log());
        }
        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.filter(f -> f.toString().endsWith(".csv")).toList();
        }
        if (written.size() != 1) {
            throw new AssertionError("soffice wrote " + written + " (exit " + soffice.exitValue() + "): " + log());
        }
        return Files.readAllLines(written.get(0));
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("soffice.log"));
    }
}
