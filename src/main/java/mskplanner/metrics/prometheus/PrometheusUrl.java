package mskplanner.metrics.prometheus;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import mskplanner.engine.InvalidInputException;

/**
 * The base URL of a Prometheus server ({@code --prometheus-url}), e.g. {@code http://prometheus:9090} or one behind a
 * path prefix such as {@code https://monitoring.example.com/prometheus}; the API lives under {@code /api/v1}.
 *
 * @param base the URL, without a trailing slash
 */
public record PrometheusUrl(URI base) {
    public PrometheusUrl {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null || base.getRawQuery() != null) {
            throw invalid(base.toString());
        }
        String text = base.toString();
        base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    public static PrometheusUrl parse(String text) {
        try {
            return new PrometheusUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw invalid(text);
        }
    }

    /** {@code GET /api/v1/query_range} of one query over one chunk. */
    public URI queryRange(String query, QueryRange.Chunk chunk) {
        return URI.create(base + "/api/v1/query_range?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&start=" + chunk.start().getEpochSecond() + "&end=" + chunk.end().getEpochSecond()
                + "&step=" + chunk.stepSeconds() + "s");
    }

    @Override
    public String toString() {
        return base.toString();
    }

    private static InvalidInputException invalid(String text) {
        return new InvalidInputException("--prometheus-url", text,
                "the http(s) base URL of a Prometheus server, such as http://prometheus:9090");
    }
}
