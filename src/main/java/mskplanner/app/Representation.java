package mskplanner.app;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query parameters that choose how an answer is written, not what it says: accepted on every API request beside
 * the endpoint's own. {@code _} is a cache-buster a spreadsheet adds ({@code &_=123}) and is ignored.
 */
public final class Representation {
    public static final String FORMAT = "format";
    public static final String CACHE_BUSTER = "_";
    public static final Set<String> PARAMETERS = Stream.concat(Stream.of(FORMAT, Select.PARAMETER, CACHE_BUSTER),
            CsvLayout.PARAMETERS.stream()).collect(Collectors.toUnmodifiableSet());

    private Representation() {
    }
}
