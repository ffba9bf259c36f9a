package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import mskplanner.app.Json;
import mskplanner.app.Problem;
import mskplanner.app.Problems;
import mskplanner.app.plan.OptionDto;
import mskplanner.app.plan.PlanFormats;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;

/**
 * Plans many profiles at once ({@code POST /api/v1/plan/batch}, {@code msk-planner plan --batch}): each is planned as
 * {@code POST /api/v1/plan} would, and gives one row, the overall pick (or, when nothing fits the broker quota, the
 * cheapest option, with {@code fitsQuota} false). A profile the planner refuses gives a row with the reason instead.
 * Profiles are planned in parallel; the rows keep the input order. The decision matrix and the break-even sweep are
 * left out (their fields are still checked): the row does not show them, and the sweep alone would make each profile
 * hundreds of times slower.
 */
public final class PlanBatch {
    /** Enough profiles per chunk to keep every core busy, few enough that a chunk is a few MB at most. */
    static final int CHUNK_PROFILES = 512;

    private final PlanService service;

    public PlanBatch(PlanService service) {
        this.service = service;
    }

    public BatchResult run(List<BatchProfile> profiles) {
        return run(profiles, Json.mapper().createObjectNode());
    }

    /** Plans every profile with {@code overrides} laid over its fields (the CLI's flags). */
    public BatchResult run(List<BatchProfile> profiles, ObjectNode overrides) {
        List<BatchRow> rows = IntStream.range(0, profiles.size()).parallel()
                .mapToObj(i -> row(profiles.get(i), overrides)).toList();
        return new BatchResult(rows);
    }

    /**
     * Plans {@code profiles} as they are read, {@link #CHUNK_PROFILES} at a time in parallel, and hands each row to
     * {@code sink} in input order: memory holds one chunk, not the batch.
     */
    public void stream(Iterable<BatchProfile> profiles, ObjectNode overrides, RowSink sink) throws IOException {
        List<BatchProfile> chunk = new ArrayList<>(CHUNK_PROFILES);
        for (BatchProfile profile : profiles) {
            chunk.add(profile);
            if (chunk.size() == CHUNK_PROFILES) {
                write(chunk, overrides, sink);
            }
        }
        write(chunk, overrides, sink);
    }

    /** Where streamed rows go; it may fail, e.g. when the client hangs up. */
    @FunctionalInterface
    public interface RowSink {
        void accept(BatchRow row) throws IOException;
    }

    private void write(List<BatchProfile> chunk, ObjectNode overrides, RowSink sink) throws IOException {
        for (BatchRow row : run(chunk, overrides).rows()) {
            sink.accept(row);
        }
        chunk.clear();
    }

    private BatchRow row(BatchProfile profile, ObjectNode overrides) {
        if (profile.fields() == null) {
            return BatchRow.failed(profile, profile.error());
        }
        try {
            ObjectNode fields = profile.fields().deepCopy();
            fields.setAll(overrides);
            PlanResponse plan = service.sizingOnly(Json.mapper().treeToValue(fields, PlanRequest.class));
            return pick(plan).map(o -> new BatchRow(profile.number(), PlanFormats.csvCells(plan, o), null, profile.label()))
                    .orElseGet(() -> BatchRow.failed(profile, "no broker size can carry this workload"));
        } catch (Exception e) {
            Problem problem = Problems.of(e).orElseThrow(() -> unexpected(e));
            return BatchRow.failed(profile, problem.detail());
        }
    }

    private static Optional<OptionDto> pick(PlanResponse plan) {
        if (plan.recommended().overall() != null) {
            return Optional.of(plan.recommended().overall());
        }
        return plan.options().stream().min(Comparator.comparing(OptionDto::monthlyUsd));
    }

    private static RuntimeException unexpected(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
