package mskplanner.metrics.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.metrics.QueryIds;

/**
 * Reads what {@code aws cloudwatch get-metric-data} prints: {@code {"MetricDataResults":[{"Id","Label",
 * "Timestamps":[ISO-8601...],"Values":[...],"StatusCode"}],"Messages":[]}}, or a JSON array of such documents.
 * Each Id names metric and broker ({@code bytesin_b1}, see {@link QueryIds}); results with the same Id (pages) are
 * joined. Streams the file, so a month of 1-minute points for 30 brokers does not become a JSON tree.
 */
public final class MetricsFile {
    private static final JsonFactory JSON = new JsonFactory();

    private MetricsFile() {
    }

    public static List<MetricSeries> read(InputStream in) throws IOException {
        Map<String, Points> byId = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    document(p, byId);
                }
            } else if (first == JsonToken.START_OBJECT) {
                document(p, byId);
            } else {
                throw invalid("metrics file", String.valueOf(first), "a JSON object printed by aws cloudwatch get-metric-data");
            }
        } catch (JsonProcessingException e) {
            throw invalid("metrics file", "malformed JSON at line " + e.getLocation().getLineNr(), "valid JSON");
        }
        if (byId.isEmpty()) {
            throw invalid("MetricDataResults", "[]", "at least one result (ids like bytesin_b1, cpu_b1)");
        }
        List<MetricSeries> series = new ArrayList<>();
        byId.forEach((id, points) -> {
            QueryIds.Key key = QueryIds.parse(id).orElseThrow();
            series.add(MetricSeries.of(key.metric(), key.brokerId(), points.seconds(), points.values()));
        });
        return series;
    }

    private static void document(JsonParser p, Map<String, Points> byId) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("metricdataresults".equals(field.toLowerCase(Locale.ROOT)) && p.currentToken() == JsonToken.START_ARRAY) {
                int index = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    result(p, byId, index++);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void result(JsonParser p, Map<String, Points> byId, int index) throws IOException {
        String id = null;
        Points points = new Points();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName().toLowerCase(Locale.ROOT);
            p.nextToken();
            switch (field) {
                case "id" -> id = p.getValueAsString();
                case "timestamps" -> readTimestamps(p, points, index);
                case "values" -> readValues(p, points, index);
                default -> p.skipChildren();
            }
        }
        String where = "MetricDataResults[" + index + "]";
        if (id == null || QueryIds.parse(id).isEmpty()) {
            throw invalid(where + ".Id", id, "an id that names metric and broker, e.g. bytesin_b1, bytesout_b1, cpu_b1 "
                    + "(or cpuuser_b1 + cpusystem_b1), disk_b1, partitions_b1, storage_cluster");
        }
        if (points.timeCount() != points.valueCount()) {
            throw invalid(where + ".Values", points.valueCount() + " values", "one value per timestamp (" + points.timeCount() + ")");
        }
        byId.computeIfAbsent(id, k -> new Points()).append(points);
    }

    private static void readTimestamps(JsonParser p, Points out, int index) throws IOException {
        requireArray(p, "MetricDataResults[" + index + "].Timestamps");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.addTime(p.currentToken().isNumeric() ? p.getLongValue() : instant(p.getText(), index).getEpochSecond());
        }
    }

    private static void readValues(JsonParser p, Points out, int index) throws IOException {
        requireArray(p, "MetricDataResults[" + index + "].Values");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.currentToken().isNumeric()) {
                throw invalid("MetricDataResults[" + index + "].Values", p.getText(), "numbers");
            }
            out.addValue(p.getDoubleValue());
        }
    }

    private static Instant instant(String text, int index) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("MetricDataResults[" + index + "].Timestamps", text, "ISO-8601 timestamps such as 2026-11-24T10:00:00+00:00");
        }
    }

    private static void requireArray(JsonParser p, String field) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(field, String.valueOf(p.currentToken()), "a JSON array");
        }
    }

    private static InvalidInputException invalid(String field, Object value, String allowed) {
        return new InvalidInputException(field, value, allowed);
    }
}
