package mskplanner.web.api;

import io.javalin.http.Context;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import mskplanner.app.CsvLayout;
import mskplanner.app.Json;
import mskplanner.app.Select;
import mskplanner.engine.InvalidInputException;
import mskplanner.app.plan.batch.BatchFormats;
import mskplanner.app.plan.batch.BatchStream;
import mskplanner.app.plan.batch.BatchWriter;
import mskplanner.app.plan.batch.PlanBatch;

/**
 * {@code POST /api/v1/plan/batch}: CSV (a header row of plan fields) or a JSON array of plan requests in, one row per
 * profile out, as JSON or CSV ({@code format=csv} or {@code Accept: text/csv}). Bad rows are reported in their row.
 * The body is checked whole (header, count) before the answer starts; rows are then written as they are planned.
 * The CSV answer takes {@code fields}, {@code header} and {@code delimiter} as every CSV answer does.
 */
public final class PlanBatchApi {
    public static final String PATH = "/api/v1/plan/batch";
    /** Whole spreadsheets: 100,000 profiles of about 150 bytes. Every other route takes at most 1 MB. */
    public static final long MAX_BODY_BYTES = 16_000_000;

    private final PlanBatch batch;

    public PlanBatchApi(PlanBatch batch) {
        this.batch = batch;
    }

    public void post(Context ctx) throws Exception {
        boolean csv = Responses.wantsCsv(ctx);
        CsvLayout layout = csv ? Responses.csvLayout(ctx) : null;
        if (csv) {
            layout.columns(BatchFormats.CSV_HEADER);
        } else {
            Responses.refuseCsvLayout(ctx);
        }
        if (ctx.queryParam(Select.PARAMETER) != null) {
            throw new InvalidInputException(Select.PARAMETER, ctx.queryParam(Select.PARAMETER),
                    "no select on a batch (its answer is one row per profile): choose columns with format=csv&fields=");
        }
        BatchStream profiles = BatchStream.of(new String(Responses.body(ctx, MAX_BODY_BYTES), StandardCharsets.UTF_8));
        if (csv) {
            ctx.contentType(Responses.CSV).header("Content-Disposition", "inline; filename=\"plan-batch.csv\"");
        } else {
            ctx.contentType("application/json");
        }
        OutputStream out = ctx.outputStream();
        try (BatchWriter writer = csv ? BatchWriter.csv(out, layout) : BatchWriter.json(out, profiles.size())) {
            batch.stream(profiles, Json.mapper().createObjectNode(), writer);
        }
    }
}
