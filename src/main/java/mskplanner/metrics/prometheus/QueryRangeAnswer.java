package mskplanner.metrics.prometheus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code query_range} answer of the Prometheus HTTP API, read as a stream:
 * {@code {"status":"success","data":{"resultType":"matrix","result":[{"metric":{...},"values":[[1735689600,"1.5"],...]}]}}}
 * or {@code {"status":"error","errorType":"bad_data","error":"..."}}. Points whose value is not finite
 * ({@code NaN}, {@code +Inf}, e.g. a rate divided by zero) are left out.
 *
 * @param status {@code success} or {@code error}
 * @param errorType Prometheus's error type, empty on success
 * @param error Prometheus's own error message, empty on success
 * @param resultType {@code matrix} for a range query
 * @param series the series of the result
 */
public record QueryRangeAnswer(String status, String errorType, String error, String resultType, List<Series> series) {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One series of the answer.
     *
     * @param labels its labels ({@code instance} among them for a per-broker query)
     * @param epochSeconds evaluation instants, whole seconds
     * @param values one finite value per instant
     */
    public record Series(Map<String, String> labels, long[] epochSeconds, double[] values) {
        public Series {
            labels = Map.copyOf(labels);
        }

        public Optional<String> label(String name) {
            return Optional.ofNullable(labels.get(name));
        }
    }

    public QueryRangeAnswer {
        series = List.copyOf(series);
    }

    public boolean success() {
        return "success".equals(status);
    }

    /** Reads an answer; a document that is not one throws {@link NotAnAnswerException}. */
    public static QueryRangeAnswer read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnAnswerException("not a JSON object");
            }
            return answer(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NotAnAnswerException("malformed JSON at line " + e.getLocation().getLineNr());
        }
    }

    static QueryRangeAnswer answer(JsonParser p) throws IOException {
        String status = null;
        String errorType = "";
        String error = "";
        String resultType = "";
        List<Series> series = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "status" -> status = p.getValueAsString();
                case "errorType" -> errorType = p.getValueAsString("");
                case "error" -> error = p.getValueAsString("");
                case "data" -> resultType = data(p, series);
                default -> p.skipChildren();
            }
        }
        if (status == null) {
            throw new NotAnAnswerException("no \"status\" field");
        }
        return new QueryRangeAnswer(status, errorType, error, resultType, series);
    }

    private static String data(JsonParser p, List<Series> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return "";
        }
        String resultType = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("resultType".equals(field)) {
                resultType = p.getValueAsString("");
            } else if ("result".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    out.add(series(p));
                }
            } else {
                p.skipChildren();
            }
        }
        return resultType;
    }

    private static Series series(JsonParser p) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        Buffer points = new Buffer();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("metric".equals(field) && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    labels.put(name, p.getValueAsString(""));
                }
            } else if ("values".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    point(p, points);
                }
            } else {
                p.skipChildren();
            }
        }
        return new Series(labels, points.seconds(), points.values());
    }

    /** {@code [1735689600.000, "1.5"]}: the instant as a number, the value as a string. */
    private static void point(JsonParser p, Buffer points) throws IOException {
        if (p.nextToken() == null || !p.currentToken().isNumeric()) {
            throw new NotAnAnswerException("a point whose time is not a number: " + p.getText());
        }
        long second = (long) Math.floor(p.getDoubleValue());
        p.nextToken();
        double value = value(p.getText());
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
        }
        if (Double.isFinite(value)) {
            points.add(second, value);
        }
    }

    private static double value(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }

    /** The document is not a Prometheus API answer (an HTML page, another service's JSON). */
    public static final class NotAnAnswerException extends IOException {
        NotAnAnswerException(String reason) {
            super(reason);
        }
    }

    /** Instants and values in primitive arrays that grow as points are read. */
    private static final class Buffer {
        private long[] seconds = new long[256];
        private double[] values = new double[256];
        private int size;

        void add(long second, double value) {
            if (size == seconds.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            seconds[size] = second;
            values[size++] = value;
        }

        long[] seconds() {
            return Arrays.copyOf(seconds, size);
        }

        double[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
