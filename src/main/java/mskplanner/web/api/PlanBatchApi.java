package mskplanner.web.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import mskplanner.app.plan.batch.BatchFormats;
import mskplanner.app.plan.batch.BatchReader;
import mskplanner.app.plan.batch.BatchResult;
import mskplanner.app.plan.batch.PlanBatch;

/**
 * {@code POST /api/v1/plan/batch}: CSV (a header row of plan fields) or a JSON array of plan requests in, one row per
 * profile out, as JSON or CSV ({@code format=csv} or {@code Accept: text/csv}). Bad rows are reported in their row.
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
        String body = new String(Responses.body(ctx, MAX_BODY_BYTES), StandardCharsets.UTF_8);
        BatchResult result = batch.run(BatchReader.read(body));
        if (csv) {
            Responses.csv(ctx, BatchFormats.csv(result), "plan-batch.csv");
        } else {
            Responses.json(ctx, BatchFormats.json(result));
        }
    }
}
