package mskplanner.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;

/**
 * Loads and validates a pricing-data directory: the bundled copy on the classpath, or one given with
 * {@code --pricing-dir}. Any broken file stops the load with a {@link PricingDataException} naming file and key.
 */
public final class PricingLoader {
    public static final String CLASSPATH_DIR = "pricing-data";
    static final String INSTANCE_TYPES = "instance-types.json";
    static final String LIMITS = "limits.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            // A key given twice would silently take the last price: refuse the file, naming it and the key.
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PricingLoader() {
    }

    /** The snapshot packaged in the jar. */
    public static PricingData bundled() {
        URL marker = PricingLoader.class.getClassLoader().getResource(CLASSPATH_DIR + "/" + INSTANCE_TYPES);
        if (marker == null) {
            throw new PricingDataException("bundled pricing data not found on the classpath (" + CLASSPATH_DIR + "/" + INSTANCE_TYPES + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return load("bundled", fs.getPath("/" + CLASSPATH_DIR));
                }
            }
            return load("bundled", Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new PricingDataException("cannot read bundled pricing data: " + e.getMessage(), e);
        }
    }

    /** A pricing-data directory on disk, e.g. one written by {@code pricing refresh}. */
    public static PricingData fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PricingDataException("pricing directory " + dir + " does not exist or is not a directory");
        }
        return load(dir.toString(), dir);
    }

    private static PricingData load(String origin, Path dir) {
        Catalog catalog = CatalogMapper.toCatalog(INSTANCE_TYPES, read(dir.resolve(INSTANCE_TYPES), InstanceTypesFile.class));
        // Every limit is required: a missing one would silently read as 0.
        Limits limits = read(dir.resolve(LIMITS), Limits.class, STRICT);
        Map<String, PriceSheet> sheets = new LinkedHashMap<>();
        for (Path file : regionFiles(dir)) {
            String name = file.getFileName().toString();
            PriceFile priceFile = read(file, PriceFile.class);
            sheets.put(priceFile.region(), PriceFileValidator.toSheet(name, priceFile, catalog));
        }
        if (sheets.isEmpty()) {
            throw new PricingDataException("no region price files (<region>.json) in " + origin);
        }
        return new PricingData(origin, catalog, limits, sheets);
    }

    private static List<Path> regionFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && !n.equals(INSTANCE_TYPES) && !n.equals(LIMITS);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper STRICT = MAPPER.copy().enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    static <T> T read(Path file, Class<T> type) {
        return read(file, type, MAPPER);
    }

    static <T> T read(Path file, Class<T> type, ObjectMapper mapper) {
        if (!Files.exists(file)) {
            throw new PricingDataException("pricing data file " + file.getFileName() + " is missing");
        }
        try (InputStream in = Files.newInputStream(file)) {
            T value = mapper.readValue(in, type);
            if (value == null) {
                throw new PricingDataException(file.getFileName() + " is empty");
            }
            return value;
        } catch (IOException e) {
            String message = firstLine(e.getMessage());
            if (message.startsWith("Duplicate field '")) {
                throw new PricingDataException(file.getFileName() + ": key " + message.substring("Duplicate field ".length())
                        .replaceAll("\\s*\\(for .*$", "") + " is given twice; each key once", e);
            }
            throw new PricingDataException(file.getFileName() + ": " + message, e);
        } catch (IllegalArgumentException e) {
            throw new PricingDataException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The mapper used for pricing files, shared by the writers so files round-trip. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }
}
