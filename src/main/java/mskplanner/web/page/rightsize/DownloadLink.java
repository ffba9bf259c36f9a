package mskplanner.web.page.rightsize;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A link that saves a generated report, carried in the page as a {@code data:} URL so the download needs neither
 * JavaScript nor a second upload, and the server keeps nothing. jte empties {@code data:} URLs in an {@code href}
 * (they could carry script), so the link is written as markup; it is safe by construction: the format, label and
 * media type are fixed, the file name is checked and the report is base64.
 *
 * @param format {@code html}, {@code md} or {@code json}
 * @param label the link text
 * @param fileName the name to save it as
 * @param href the {@code data:} URL with the report
 */
public record DownloadLink(String format, String label, String fileName, String href) implements Content {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 ._-]+");

    public DownloadLink {
        for (String s : new String[] {format, label, fileName}) {
            if (!PLAIN.matcher(s).matches()) {
                throw new IllegalArgumentException("format, label and fileName must be plain text, was " + s);
            }
        }
        if (!href.matches("data:[a-z]+/[a-z]+;charset=utf-8;base64,[A-Za-z0-9+/=]*")) {
            throw new IllegalArgumentException("href must be a base64 data: URL");
        }
    }

    public static DownloadLink of(String format, String label, String fileName, String mediaType, String report) {
        return new DownloadLink(format, label, fileName, "data:" + mediaType + ";charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(report.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent("<a class=\"download\" data-format=\"" + format + "\" href=\"" + href + "\" download=\""
                + fileName + "\">" + label + "</a>");
    }
}
