package mskplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingLoaderTest {
    @TempDir
    Path dir;

    private void givenACopyOfTheBundledData() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("pricing-data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    private void givenFileEdited(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void a_copied_directory_loads_like_the_bundled_snapshot() throws IOException {
        givenACopyOfTheBundledData();
        PricingData data = PricingLoader.fromDirectory(dir);
        assertThat(data.regions()).isEqualTo(PricingLoader.bundled().regions());
        assertThat(data.origin()).isEqualTo(dir.toString());
    }

    @Test
    void a_price_that_is_not_a_decimal_names_file_and_key() throws IOException {
        givenACopyOfTheBundledData();
        givenFileEdited("us-east-1.json", "\"usd\": \"0.21\"", "\"usd\": \"zero point two\"");
        assertThatThrownBy(() -> PricingLoader.fromDirectory(dir))
                .isInstanceOf(PricingDataException.class)
                .hasMessage("us-east-1.json: prices.broker-hour:kafka.m5.large.usd 'zero point two' is not a decimal number");
    }

    @Test
    void a_missing_broker_price_names_file_and_key() throws IOException {
        givenACopyOfTheBundledData();
        givenFileEdited("eu-west-1.json", "\"broker-hour:kafka.m7g.2xlarge\"", "\"broker-hour:kafka.m7g.2xl\"");
        assertThatThrownBy(() -> PricingLoader.fromDirectory(dir))
                .isInstanceOf(PricingDataException.class)
                .hasMessageStartingWith("eu-west-1.json: prices.broker-hour:kafka.m7g.2xlarge is missing");
    }

    @Test
    void malformed_json_names_the_file() throws IOException {
        givenACopyOfTheBundledData();
        Files.writeString(dir.resolve("limits.json"), "{\"standard\": ");
        assertThatThrownBy(() -> PricingLoader.fromDirectory(dir))
                .isInstanceOf(PricingDataException.class)
                .hasMessageStartingWith("limits.json: ");
    }

    @Test
    void a_missing_limit_is_an_error_not_a_zero() throws IOException {
        givenACopyOfTheBundledData();
        givenFileEdited("limits.json", "\"storageGiBPerBrokerMax\"", "\"storageGiBPerBrokerMaximum\"");
        assertThatThrownBy(() -> PricingLoader.fromDirectory(dir))
                .isInstanceOf(PricingDataException.class)
                .hasMessageContaining("limits.json").hasMessageContaining("storageGiBPerBrokerMax");
    }

    @Test
    void a_null_price_must_be_marked_unknown() throws IOException {
        givenACopyOfTheBundledData();
        givenFileEdited("us-east-1.json", "\"usd\": \"0.21\"", "\"usd\": null");
        assertThatThrownBy(() -> PricingLoader.fromDirectory(dir))
                .isInstanceOf(PricingDataException.class)
                .hasMessage("us-east-1.json: prices.broker-hour:kafka.m5.large.usd is null but confidence is 'confirmed' (use \"unknown\")");
    }

    @Test
    void a_directory_that_does_not_exist_is_named() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> PricingLoader.fromDirectory(missing))
                .isInstanceOf(PricingDataException.class)
                .hasMessage("pricing directory " + missing + " does not exist or is not a directory");
    }
}
