package mskplanner.metrics.prometheus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.FetchProgress;

/**
 * Reads a cluster's history from a Prometheus server with {@code GET /api/v1/query_range}: each query of
 * {@link PromQueries} over the window, in the chunks {@link QueryRange} plans, one series per broker by its
 * {@code instance} label ({@link BrokerInstances}).
 */
public final class PrometheusMetricsReader {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http;
    private final PrometheusUrl server;
    private final PromQueries queries;

    /**
     * A read: the series and what it took.
     *
     * @param series one per query key and broker with data
     * @param requests {@code query_range} requests made
     * @param points points returned
     */
    public record Fetched(List<MetricSeries> series, int requests, long points) {
    }

    public PrometheusMetricsReader(HttpClient http, PrometheusUrl server, PromQueries queries) {
        this.http = http;
        this.server = server;
        this.queries = queries;
    }

    public static HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public Fetched read(Window window, FetchProgress progress) {
        List<QueryRange.Chunk> chunks = QueryRange.chunks(window);
        progress.start((long) window.expectedPoints() * PromQueries.Key.values().length);
        BrokerSeries joined = new BrokerSeries(PrometheusUnavailableException::new);
        int requests = 0;
        for (PromQueries.Key key : PromQueries.Key.values()) {
            for (QueryRange.Chunk chunk : chunks) {
                joined.add(key, get(key, chunk));
                requests++;
                progress.advance(chunk.points());
            }
        }
        long points = joined.points();
        if (points == 0) {
            throw new PrometheusUnavailableException("Prometheus at " + server + " returned no data for any query between "
                    + window.start() + " and " + window.end() + ": does it scrape the brokers' JMX exporter (port 11001) "
                    + "and node exporter (port 11002), and keep that much history? Replace a query with --promql KEY=QUERY");
        }
        return new Fetched(joined.series(), requests, points);
    }

    private QueryRangeAnswer get(PromQueries.Key key, QueryRange.Chunk chunk) {
        URI uri = server.queryRange(queries.query(key, chunk.stepSeconds()), chunk);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new PrometheusUnavailableException("cannot reach Prometheus at " + server + " (" + reason(e)
                    + "): is --prometheus-url right, and is the server up and reachable from here?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrometheusUnavailableException("interrupted while reading from Prometheus at " + server, e);
        }
        QueryRangeAnswer answer = parse(response, key);
        if (!answer.success()) {
            throw new PrometheusUnavailableException("Prometheus at " + server + " rejected the " + key.flagName()
                    + " query (HTTP " + response.statusCode() + ", " + answer.errorType() + "): "
                    + firstLine(answer.error()) + ": correct it with --promql " + key.flagName() + "=QUERY");
        }
        if (!"matrix".equals(answer.resultType())) {
            throw new PrometheusUnavailableException("the " + key.flagName() + " query returned a " + answer.resultType()
                    + ", not a range of series: give an instant-vector expression with --promql " + key.flagName() + "=QUERY");
        }
        return answer;
    }

    private QueryRangeAnswer parse(HttpResponse<InputStream> response, PromQueries.Key key) {
        try (InputStream body = response.body()) {
            return QueryRangeAnswer.read(body);
        } catch (QueryRangeAnswer.NotAnAnswerException e) {
            throw new PrometheusUnavailableException("the server at " + server + " answered HTTP " + response.statusCode()
                    + " to query_range with something that is not a Prometheus API answer (" + e.getMessage()
                    + "): is --prometheus-url the server's base URL, such as http://prometheus:9090?");
        } catch (IOException e) {
            throw new PrometheusUnavailableException("lost the connection to Prometheus at " + server + " while reading the "
                    + key.flagName() + " answer (" + reason(e) + "): retry, or read fewer --days", e);
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
