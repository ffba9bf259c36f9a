package mskplanner.app.plan.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import mskplanner.app.CsvLayout;
import mskplanner.app.Json;

/**
 * Writes a batch's rows as they are planned, in the formats of {@link BatchFormats}: CSV, or the JSON object
 * {@code {"profiles": n, "results": [...], "failed": k}} (the failure count comes last, as it is known only then).
 */
public abstract sealed class BatchWriter implements PlanBatch.RowSink, AutoCloseable {
    protected int failed;

    public static BatchWriter csv(OutputStream out) throws IOException {
        return csv(out, CsvLayout.DEFAULT);
    }

    /** CSV laid out as asked ({@code fields}, {@code header}, {@code delimiter}); an unknown field is refused here, before any row. */
    public static BatchWriter csv(OutputStream out, CsvLayout layout) throws IOException {
        return new CsvWriter(out, layout);
    }

    public static BatchWriter json(OutputStream out, int profiles) throws IOException {
        return new JsonWriter(out, profiles);
    }

    @Override
    public final void accept(BatchRow row) throws IOException {
        failed += row.ok() ? 0 : 1;
        write(row);
    }

    abstract void write(BatchRow row) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class CsvWriter extends BatchWriter {
        private final Writer out;
        private final CsvLayout layout;
        private final int[] columns;

        CsvWriter(OutputStream out, CsvLayout layout) throws IOException {
            this.layout = layout;
            this.columns = layout.columns(BatchFormats.CSV_HEADER);
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            this.out.write(layout.headerRow(BatchFormats.CSV_HEADER));
        }

        @Override
        void write(BatchRow row) throws IOException {
            out.write(layout.row(BatchFormats.csvCells(row), columns));
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class JsonWriter extends BatchWriter {
        private final JsonGenerator out;

        JsonWriter(OutputStream out, int profiles) throws IOException {
            this.out = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
            this.out.setCodec(Json.mapper());
            this.out.writeStartObject();
            this.out.writeNumberField("profiles", profiles);
            this.out.writeArrayFieldStart("results");
        }

        @Override
        void write(BatchRow row) throws IOException {
            out.writeTree(BatchFormats.jsonRow(row));
        }

        @Override
        public void close() throws IOException {
            out.writeEndArray();
            out.writeNumberField("failed", failed);
            out.writeEndObject();
            out.close();
        }
    }
}
