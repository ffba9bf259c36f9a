package mskplanner.pricing.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The AWS SDK's pricing module stays inside this package: everything else sees Price List products and answers. */
class AwsSdkBoundaryTest {
    private static final Path SOURCES = Path.of("src/main/java/mskplanner");
    private static final Path THIS_PACKAGE = SOURCES.resolve("pricing/aws");

    @Test
    void only_the_price_list_adapter_imports_the_sdk_pricing_module() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(THIS_PACKAGE))
                    .flatMap(p -> importsOf(p).filter(l -> l.contains("software.amazon.awssdk.services.pricing"))
                            .map(l -> p.getFileName() + ": " + l))
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static Stream<String> importsOf(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("import "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
