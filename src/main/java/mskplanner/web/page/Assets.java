package mskplanner.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Addresses of the scripts pages load: our own under /static, Chart.js from its webjar at the version in the pom. */
public final class Assets {
    public static final String CHART_JS = "/webjars/chart.js/" + webjarVersion("org.webjars.npm", "chart.js") + "/dist/chart.umd.min.js";
    public static final String CHARTS = "/static/js/charts.js";
    public static final String SORT = "/static/js/sort.js";
    public static final String COPY = "/static/js/copy.js";
    public static final String ESTIMATE = "/static/js/estimate.js";

    private Assets() {
    }

    private static String webjarVersion(String group, String artifact) {
        String path = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + group + ":" + artifact + " is not on the classpath (" + path + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
