package mskplanner.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Query strings of shareable links: the inputs that hold a value, in form order. */
public final class QueryString {
    private QueryString() {
    }

    public static String of(Map<String, String> values) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue().trim()))
                .collect(Collectors.joining("&"));
    }

    /** One query parameter's name or value, encoded (a space as {@code %20}). */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
