package mskplanner.app;

import java.util.List;

/**
 * The query parameters that choose how an answer is written, not what it says: accepted on every API request beside
 * the endpoint's own. {@code _} is a cache-buster a spreadsheet adds ({@code &_=123}) and is ignored.
 */
public final class Representation {
    public static final String FORMAT = "format";
    public static final String CACHE_BUSTER = "_";
    public static final List<String> PARAMETERS = List.of(FORMAT, Select.PARAMETER, CsvLayout.FIELDS, CsvLayout.HEADER,
            CsvLayout.DELIMITER, CACHE_BUSTER);

    private Representation() {
    }
}
