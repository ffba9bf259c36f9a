package mskplanner.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Debian's Chromium and its ChromeDriver are, and whether the browser tests run. They are skipped where the
 * browser is not installed (a newcomer's {@code mvn verify}), but in CI a missing browser fails the build: there the
 * browser tests are the only proof that the pages work.
 */
final class Chromium {
    /** Debian packages {@code chromium} and {@code chromium-driver}; override with -Dchromium.binary / -Dchromedriver.binary. */
    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    enum Decision { RUN, SKIP, FAIL }

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    static Decision decide(boolean installed, String ciEnvironmentVariable) {
        if (installed) {
            return Decision.RUN;
        }
        return "true".equalsIgnoreCase(ciEnvironmentVariable) ? Decision.FAIL : Decision.SKIP;
    }

    static String missingMessage() {
        return "Chromium or ChromeDriver not found (" + BINARY + ", " + DRIVER + "): apt-get install chromium chromium-driver";
    }
}
