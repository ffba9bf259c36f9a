package mskplanner.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mskplanner.engine.catalog.Catalog;

/**
 * The pricing-data directory a refresh writes into. When it does not hold a region file yet, the bundled snapshot's
 * file is the one replaced (so the diff shows what changed since the snapshot); when it lacks the catalog and limits,
 * the bundled ones are copied in, so that {@code --pricing-dir} can load it.
 */
public final class PricingDirectory {
    private final Path dir;

    private PricingDirectory(Path dir) {
        this.dir = dir;
    }

    public static PricingDirectory at(Path dir) {
        return new PricingDirectory(dir);
    }

    public Path path() {
        return dir;
    }

    /** The broker catalog of this directory, or the bundled one when the directory has none yet. */
    public Catalog catalog() {
        return hasLayout() ? PricingLoader.fromDirectory(dir).catalog() : PricingLoader.bundled().catalog();
    }

    /** The regions a refresh of "all regions" means: the directory's region files, or the bundled ones. */
    public List<String> regions() {
        if (!hasLayout()) {
            return PricingLoader.bundled().regions();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals(PricingLoader.INSTANCE_TYPES) && !n.equals(PricingLoader.LIMITS))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a refresh of the region replaces: the directory's, else the bundled one, else none. */
    public Optional<PriceFile> current(String region) {
        Path file = regionFile(region);
        if (Files.exists(file)) {
            return Optional.of(PricingLoader.read(file, PriceFile.class));
        }
        String resource = PricingLoader.CLASSPATH_DIR + "/" + region + ".json";
        try (InputStream in = PricingLoader.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(PricingLoader.mapper().readValue(in, PriceFile.class));
        } catch (IOException e) {
            throw new PricingDataException("bundled " + region + ".json: " + e.getMessage(), e);
        }
    }

    public Path regionFile(String region) {
        return dir.resolve(region + ".json");
    }

    /**
     * Validates every file against the catalog, then writes them all. A file that would not load is a
     * {@link PricingDataException} before anything is written.
     *
     * @return the paths written
     */
    public List<Path> write(List<PriceFile> files, Catalog catalog) {
        for (PriceFile file : files) {
            PriceFileValidator.toSheet(file.region() + ".json", file, catalog);
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            PriceFileWriter.removeStaleTempFiles(dir);
            copyBundledIfMissing(PricingLoader.INSTANCE_TYPES);
            copyBundledIfMissing(PricingLoader.LIMITS);
            for (PriceFile file : files) {
                Path target = regionFile(file.region());
                PriceFileWriter.writeAtomically(target, PriceFileWriter.toJson(file));
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private boolean hasLayout() {
        return Files.exists(dir.resolve(PricingLoader.INSTANCE_TYPES));
    }

    /**
     * Copies a bundled file in through a temp file and a rename, so a killed run or a full disk leaves no half file.
     * A file that is there but is not JSON at all (cut off by an older version's in-place copy) is copied again.
     */
    private void copyBundledIfMissing(String name) throws IOException {
        Path target = dir.resolve(name);
        if (Files.exists(target) && isJson(target)) {
            return;
        }
        try (InputStream in = PricingLoader.class.getClassLoader().getResourceAsStream(PricingLoader.CLASSPATH_DIR + "/" + name)) {
            if (in == null) {
                throw new PricingDataException("bundled " + name + " not found on the classpath");
            }
            PriceFileWriter.writeAtomically(target, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static boolean isJson(Path file) {
        try {
            PricingLoader.mapper().readTree(file.toFile());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
