package mskplanner.app;

import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.InvalidInputException;

/**
 * RFC 4180 CSV as spreadsheets save it: quoted cells with doubled quotes and line breaks inside, CRLF, LF or CR line
 * ends, a UTF-8 byte order mark. Blank lines are skipped.
 */
public final class CsvReader {
    private final String text;
    private List<String> row = new ArrayList<>();
    private List<String> completed;
    private final StringBuilder cell = new StringBuilder();
    private int at;
    private int line = 1;

    /** Reads {@code text} a row at a time with {@link #next()}, so a long body is never held as rows all at once. */
    public static CsvReader over(String text) {
        return new CsvReader(text);
    }

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The rows of {@code text}, each a list of cells; a quote left open is an error naming the line it opened on. */
    public static List<List<String>> parse(String text) {
        CsvReader reader = new CsvReader(text);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r = reader.next(); r != null; r = reader.next()) {
            rows.add(r);
        }
        return rows;
    }

    /** The next row that is not blank, or null after the last. */
    public List<String> next() {
        while (completed == null && at <= text.length()) {
            step();
        }
        List<String> next = completed;
        completed = null;
        return next;
    }

    /** Reads one character, or ends the last row when the text is used up. */
    private void step() {
        if (at == text.length()) {
            at++;
            endRow();
            return;
        }
        char c = text.charAt(at++);
        if (c == '"' && cell.isEmpty()) {
            quoted();
        } else if (c == ',') {
            row.add(cell.toString());
            cell.setLength(0);
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
            line++;
            endRow();
        } else {
            cell.append(c);
        }
    }

    private void quoted() {
        int opened = line;
        while (true) {
            if (at >= text.length()) {
                throw new InvalidInputException("CSV line " + opened, "an unclosed quote", "a closing quote for every opening quote");
            }
            char c = text.charAt(at++);
            if (c == '"' && at < text.length() && text.charAt(at) == '"') {
                cell.append('"');
                at++;
            } else if (c == '"') {
                return;
            } else {
                line += c == '\n' ? 1 : 0;
                cell.append(c);
            }
        }
    }

    private void endRow() {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            completed = row;
        }
        row = new ArrayList<>();
    }
}
