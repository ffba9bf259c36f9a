package mskplanner.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.InvalidInputException;

/**
 * RFC 4180 CSV as spreadsheets save it: quoted cells with doubled quotes and line breaks inside, CRLF, LF or CR line
 * ends, a UTF-8 byte order mark, cells separated by commas or (as sheets in comma-decimal locales save it) semicolons.
 * Blank lines are skipped. jackson-dataformat-csv reads the cells; what is ours is telling the delimiter, skipping
 * blank lines and saying what is wrong in words that name the line (never Jackson's own message, see docs/security.md).
 */
public final class CsvReader {
    private static final CsvSchema COMMAS = CsvSchema.emptySchema();
    private static final CsvSchema SEMICOLONS = COMMAS.withColumnSeparator(';');
    /**
     * How jackson-dataformat-csv begins its message for a quote still open at the end of the text; its location cannot
     * tell that from a stray character just before the end. Compared only, never shown (CsvReaderTest pins both).
     */
    private static final String UNCLOSED = "Missing closing quote";
    private final CsvParser parser;

    /** Reads {@code text} a row at a time with {@link #next()}, so a long body is never held as rows all at once. */
    public static CsvReader over(String text) {
        return new CsvReader(text, ',');
    }

    /** As {@link #over(String)}, with cells separated by {@code delimiter}. */
    public static CsvReader over(String text, char delimiter) {
        return new CsvReader(text, delimiter);
    }

    private CsvReader(String text, char delimiter) {
        // A reader over the string, not a copy of it: a 16 MB body is read a buffer at a time.
        StringReader in = new StringReader(text);
        try {
            if (text.startsWith("\uFEFF")) {
                in.skip(1);
            }
            parser = (CsvParser) Csv.MAPPER.getFactory().createParser(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        parser.setSchema(delimiter == ',' ? COMMAS : delimiter == ';' ? SEMICOLONS : COMMAS.withColumnSeparator(delimiter));
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
        for (List<String> row = row(); row != null; row = row()) {
            // A line of spaces, or a quoted empty cell alone, is a blank line to a person too.
            if (!(row.size() == 1 && row.get(0).isBlank())) {
                return row;
            }
        }
        return null;
    }

    /** The next line's cells as the parser reads it (without a schema's columns, one array per line), or null at the end. */
    private List<String> row() {
        try {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                parser.close();
                return null;
            }
            List<String> row = new ArrayList<>();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                row.add(parser.getText());
            }
            return row;
        } catch (StreamConstraintsException e) {
            // Jackson's cap on one cell (no web body is that long; a CLI file may be)
            int longest = StreamReadConstraints.defaults().getMaxStringLength();
            throw new InvalidInputException(lineOf(parser.currentTokenLocation()), "a cell longer than " + longest + " characters",
                    "cells of at most " + longest + " characters");
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * The parser stops at two things in a cell: a quote still open at the end of the text, named by the line its cell
     * began on (where a person looks for it), and anything but a delimiter or a line end after a closing quote.
     */
    private InvalidInputException unreadable(JsonProcessingException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(UNCLOSED)) {
            return new InvalidInputException(lineOf(parser.currentTokenLocation()), "an unclosed quote",
                    "a closing quote for every opening quote");
        }
        JsonLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        return new InvalidInputException(lineOf(at), "text after a closing quote",
                "a delimiter or a line end after a quoted cell's closing quote; a quote inside a quoted cell doubled (\"\")");
    }

    private static String lineOf(JsonLocation at) {
        return "CSV line " + Math.max(1, at.getLineNr());
    }
}
