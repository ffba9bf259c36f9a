package mskplanner.app.plan.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import mskplanner.app.Csv;
import mskplanner.app.Json;

/**
 * Writes a batch's rows as they are planned, in the formats of {@link BatchFormats}: CSV, or the JSON object
 * {@code {"profiles": n, "results": [...], "failed": k}} (the failure count comes last, as it is known only then).
 */
public abstract sealed class BatchWriter implements PlanBatch.RowSink, AutoCloseable {
    protected int failed;

    public static BatchWriter csv(OutputStream out) throws IOException {
        return new CsvWriter(out);
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

        CsvWriter(OutputStream out) throws IOException {
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            this.out.write(Csv.row(BatchFormats.CSV_HEADER));
        }

        @Override
        void write(BatchRow row) throws IOException {
            out.write(BatchFormats.csvRow(row));
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
