package mskplanner.rightsize.report;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trusted script from the classpath (Chart.js from its webjar, the report's own chart code), written verbatim
 * into a {@code <script>} element so the report needs no network. Only classpath resources, never user data.
 */
final class InlineScript implements Content {
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private final String text;

    private InlineScript(String text) {
        this.text = text;
    }

    static InlineScript of(String resource) {
        return new InlineScript(CACHE.computeIfAbsent(resource, InlineScript::load));
    }

    String text() {
        return text;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(text);
    }

    private static String load(String resource) {
        try (InputStream in = InlineScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.toLowerCase(Locale.ROOT).contains("</script")) {
                throw new IllegalStateException(resource + " contains </script and cannot be inlined");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
