package mskplanner.metrics.prometheus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.MetricSeries;

/**
 * Saved {@code query_range} answers, read as a stream into the series a live read gives: one answer for one key
 * ({@code curl .../api/v1/query_range?query=... > bytesIn.json}), or a document keyed as {@code --promql} is,
 * {@code {"bytesIn": <answer>, "cpu": <answer>, ...}}, each value an answer as Prometheus printed it.
 */
public final class PrometheusExport {
    private static final JsonFactory JSON = new JsonFactory();

    private PrometheusExport() {
    }

    /** One answer, holding the series of {@code key}. */
    public static List<MetricSeries> read(InputStream in, PromQueries.Key key) throws IOException {
        BrokerSeries joined = new BrokerSeries(PrometheusExport::invalid);
        joined.add(key, usable(key, readAnswer(in)));
        return joined.series();
    }

    /** A document {@code {"bytesIn": <answer>, ...}}: each key as {@code --promql} names it. */
    public static List<MetricSeries> read(InputStream in) throws IOException {
        BrokerSeries joined = new BrokerSeries(PrometheusExport::invalid);
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException("Prometheus export", String.valueOf(p.currentToken()),
                        "a JSON object keyed by " + PromQueries.Key.names() + ", each value a query_range answer");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                PromQueries.Key key = Arrays.stream(PromQueries.Key.values()).filter(k -> k.flagName().equals(name))
                        .findFirst().orElseThrow(() -> new InvalidInputException("Prometheus export key", name,
                                "one of " + PromQueries.Key.names()));
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new InvalidInputException("Prometheus export " + name, String.valueOf(p.currentToken()),
                            "a query_range answer ({\"status\":\"success\",\"data\":{...}})");
                }
                joined.add(key, usable(key, QueryRangeAnswer.answer(p)));
            }
        } catch (QueryRangeAnswer.NotAnAnswerException e) {
            throw new InvalidInputException("Prometheus export", e.getMessage(), "query_range answers as Prometheus printed them");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("Prometheus export", "malformed JSON at line " + e.getLocation().getLineNr(), "valid JSON");
        }
        if (joined.points() == 0) {
            throw new InvalidInputException("Prometheus export", "no points", "at least one series with data (bytesIn and cpu at least)");
        }
        return joined.series();
    }

    private static QueryRangeAnswer readAnswer(InputStream in) throws IOException {
        try {
            return QueryRangeAnswer.read(in);
        } catch (QueryRangeAnswer.NotAnAnswerException e) {
            throw new InvalidInputException("Prometheus export", e.getMessage(), "a query_range answer as Prometheus printed it");
        }
    }

    private static QueryRangeAnswer usable(PromQueries.Key key, QueryRangeAnswer a) {
        if (!a.success()) {
            throw new InvalidInputException("Prometheus export " + key.flagName(), a.errorType() + ": " + a.error(),
                    "a successful answer (status success)");
        }
        if (!"matrix".equals(a.resultType())) {
            throw new InvalidInputException("Prometheus export " + key.flagName(), a.resultType(), "a query_range answer (resultType matrix)");
        }
        return a;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("Prometheus export", "series", message);
    }
}
