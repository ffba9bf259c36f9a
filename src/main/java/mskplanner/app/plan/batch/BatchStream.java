package mskplanner.app.plan.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import mskplanner.app.CsvReader;
import mskplanner.app.Json;
import mskplanner.engine.InvalidInputException;

/**
 * A batch body read one profile at a time, as {@link BatchReader} reads it whole. It is checked first (the header, the
 * JSON array, the profile count) without keeping what it reads, so a body of millions of tiny rows is refused at the
 * {@link BatchReader#MAX_PROFILES} cap with a 400 before any answer is written, and memory holds the body and the
 * profiles being planned, never every profile at once.
 */
public final class BatchStream implements Iterable<BatchProfile> {
    private final String body;
    private final boolean json;
    private final char delimiter;
    private final int size;

    private BatchStream(String body, boolean json, int size) {
        this.body = body;
        this.json = json;
        this.delimiter = json ? ',' : CsvReader.delimiterOf(body);
        this.size = size;
    }

    /** JSON when the body starts with {@code [} or <code>{</code>, CSV otherwise; refused here if it cannot be read. */
    public static BatchStream of(String body) throws IOException {
        String trimmed = body.strip().replace("\uFEFF", "");
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("body", "(empty)", "CSV with a header row of plan fields, or a JSON array of plan requests");
        }
        boolean json = trimmed.startsWith("[") || trimmed.startsWith("{");
        String text = json ? trimmed : body;
        return new BatchStream(text, json, json ? countJson(text) : countCsv(text));
    }

    /** How many profiles the batch has (1 to {@link BatchReader#MAX_PROFILES}). */
    public int size() {
        return size;
    }

    @Override
    public Iterator<BatchProfile> iterator() {
        return json ? new JsonProfiles(body) : new CsvProfiles(body, delimiter);
    }

    private static int countCsv(String body) {
        CsvReader rows = CsvReader.over(body, CsvReader.delimiterOf(body));
        List<String> first = rows.next();
        if (first == null) {
            throw new InvalidInputException("body", "no rows", "a header row of plan fields, then one row per profile");
        }
        BatchReader.header(first);
        int count = 0;
        while (rows.next() != null) {
            count = counted(count);
        }
        BatchReader.checkCount(count);
        return count;
    }

    private static int countJson(String body) throws IOException {
        try (JsonParser parser = Json.mapper().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                JsonNode root = first == JsonToken.START_OBJECT ? Json.mapper().createObjectNode() : Json.mapper().readTree(parser);
                throw new InvalidInputException("body", BatchReader.kind(root), "a JSON array of plan requests, or CSV with a header row");
            }
            int count = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                count = counted(count);
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException("body", "more after the closing ]", "one JSON array of plan requests");
            }
            BatchReader.checkCount(count);
            return count;
        }
    }

    /** Stops at the first profile past the cap: counting on would read all of a hostile body. */
    private static int counted(int count) {
        if (count + 1 > BatchReader.MAX_PROFILES) {
            throw new InvalidInputException("body", "more than " + BatchReader.MAX_PROFILES + " profiles",
                    "at most " + BatchReader.MAX_PROFILES + " profiles per batch");
        }
        return count + 1;
    }

    private static final class CsvProfiles implements Iterator<BatchProfile> {
        private final CsvReader rows;
        private final List<String> header;
        private final char delimiter;
        private List<String> next;
        private int number;

        CsvProfiles(String body, char delimiter) {
            this.delimiter = delimiter;
            rows = CsvReader.over(body, delimiter);
            header = BatchReader.header(rows.next());
            next = rows.next();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public BatchProfile next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            BatchProfile profile = BatchReader.profile(++number, header, next, delimiter);
            next = rows.next();
            return profile;
        }
    }

    private static final class JsonProfiles implements Iterator<BatchProfile> {
        /** Reads one element of the array: what follows it is the rest of the array, not trailing garbage. */
        private static final ObjectReader ELEMENT = Json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        private final JsonParser parser;
        private JsonToken token;
        private int number;

        JsonProfiles(String body) {
            try {
                parser = Json.mapper().createParser(body);
                parser.nextToken();
                token = parser.nextToken();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return token != null && token != JsonToken.END_ARRAY;
        }

        @Override
        public BatchProfile next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                JsonNode read = ELEMENT.readTree(parser);
                JsonNode element = read == null ? NullNode.getInstance() : read;
                token = parser.nextToken();
                return BatchReader.fromJson(++number, element);
            } catch (IOException e) {
                // The count pass read the whole body already: what it parsed once parses again.
                throw new UncheckedIOException(e);
            }
        }
    }
}
