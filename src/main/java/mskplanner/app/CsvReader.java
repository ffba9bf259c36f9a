package mskplanner.app;

import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.InvalidInputException;

/**
 * RFC 4180 CSV as spreadsheets save it: quoted cells with doubled quotes and line breaks inside, CRLF, LF or CR line
 * ends, a UTF-8 byte order mark, cells separated by commas or (as sheets in comma-decimal locales save it) semicolons.
 * Blank lines are skipped.
 */
public final class CsvReader {
    private final String text;
    private final char delimiter;
    private List<String> row = new ArrayList<>();
    private List<String> completed;
    private final StringBuilder cell = new StringBuilder();
    private int at;
    private int line = 1;

    /** Reads {@code text} a row at a time with {@link #next()}, so a long body is never held as rows all at once. */
    public static CsvReader over(String text) {
        return new CsvReader(text, ',');
    }

    /** As {@link #over(String)}, with cells separated by {@code delimiter}. */
    public static CsvReader over(String text, char delimiter) {
        return new CsvReader(text, delimiter);
    }

    private CsvReader(String text, char delimiter) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.delimiter = delimiter;
    }

    /**
     * The delimiter of {@code text}, told from its first line that is not blank (a header row): {@code ;} when it has
     * more semicolons than commas outside quotes, {@code ,} otherwise.
     */
    public static char delimiterOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
            started |= !Character.isWhitespace(c) && c != '\uFEFF';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The rows of {@code text}, each a list of cells; a quote left open is an error naming the line it opened on. */
    public static List<List<String>> parse(String text) {
        CsvReader reader = new CsvReader(text, ',');
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
        } else if (c == delimiter) {
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
