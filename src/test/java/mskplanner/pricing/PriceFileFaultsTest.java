package mskplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killed runs, full disks and hand-edited price files: a directory is never left half-written or loaded wrong. */
class PriceFileFaultsTest {
    /** Writes half the content, then fails as a full disk does. */
    private static final PriceFileWriter.ContentWrite DISK_FULL = (file, content) -> {
        Files.writeString(file, content.substring(0, content.length() / 2), StandardCharsets.UTF_8);
        throw new IOException("No space left on device");
    };

    @TempDir
    Path dir;

    private Path copyOfBundled() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("pricing-data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void a_write_that_fails_half_way_keeps_the_earlier_file_whole_and_leaves_no_temp_file() throws IOException {
        Path target = dir.resolve("us-east-1.json");
        Files.writeString(target, "{\"old\": true}\n");

        assertThatThrownBy(() -> PriceFileWriter.writeAtomically(target, "{\"new\": true, \"padding\": \"" + "x".repeat(10_000) + "\"}\n", DISK_FULL))
                .hasMessageContaining("No space left on device");

        assertThat(Files.readString(target)).isEqualTo("{\"old\": true}\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("us-east-1.json");
        }
    }

    @Test
    void a_new_price_file_is_readable_by_everyone_as_the_bundled_copy_is() throws IOException {
        Path target = dir.resolve("eu-west-1.json");

        PriceFileWriter.writeAtomically(target, "{}\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void a_refresh_write_repairs_a_cut_off_catalog_and_removes_temp_files_of_killed_runs() throws IOException {
        copyOfBundled();
        String whole = Files.readString(dir.resolve("instance-types.json"));
        Files.writeString(dir.resolve("instance-types.json"), whole.substring(0, 16 * 1024));
        Path stale = Files.writeString(dir.resolve(".instance-types.json12345.tmp"), "{\"half");
        PricingDirectory directory = PricingDirectory.at(dir);
        PriceFile usEast1 = PricingLoader.read(dir.resolve("us-east-1.json"), PriceFile.class);

        directory.write(List.of(usEast1), PricingLoader.bundled().catalog());

        assertThat(Files.readString(dir.resolve("instance-types.json"))).isEqualTo(whole);
        assertThat(stale).doesNotExist();
        assertThat(PricingLoader.fromDirectory(dir).regions()).contains("us-east-1");
    }

    @Test
    void a_price_file_with_a_key_given_twice_is_refused_naming_file_and_key() throws IOException {
        copyOfBundled();
        Path file = dir.resolve("us-east-1.json");
        Files.writeString(file, Files.readString(file).replace("\"prices\": {",
                "\"prices\": {\n    \"storage-gb-month\": {\"usd\": \"99\", \"unit\": \"GB-month\", \"confidence\": \"confirmed\", \"source\": \"x\"},"));

        assertThatThrownBy(() -> PricingLoader.fromDirectory(dir))
                .isInstanceOf(PricingDataException.class)
                .hasMessageContaining("us-east-1.json")
                .hasMessageContaining("'storage-gb-month' is given twice");
    }

    @Test
    void a_price_in_a_unit_that_does_not_fit_its_item_is_refused_naming_file_and_key() throws IOException {
        copyOfBundled();
        Path file = dir.resolve("us-east-1.json");
        String text = Files.readString(file);
        int at = text.indexOf("\"storage-gb-month\"");
        Files.writeString(file, text.substring(0, at) + text.substring(at).replaceFirst("\"GB-month\"", "\"broker-hour\""));

        assertThatThrownBy(() -> PricingLoader.fromDirectory(dir))
                .isInstanceOf(PricingDataException.class)
                .hasMessage("us-east-1.json: prices.storage-gb-month.unit 'broker-hour' does not fit the item: expected 'GB-month'");
    }
}
