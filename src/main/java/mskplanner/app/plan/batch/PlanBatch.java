package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import mskplanner.app.Json;
import mskplanner.app.Problem;
import mskplanner.app.Problems;
import mskplanner.app.plan.OptionDto;
import mskplanner.app.plan.PlanFormats;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanService;
import mskplanner.engine.cost.Money;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.SizedOption;

/**
 * Plans many profiles at once ({@code POST /api/v1/plan/batch}, {@code msk-planner plan --batch}): each is planned as
 * {@code POST /api/v1/plan} would, and gives one row, the overall pick (or, when nothing fits the broker quota, the
 * cheapest option, with {@code fitsQuota} false). A profile the planner refuses gives a row with the reason instead.
 * Profiles are planned in parallel on every core; the rows keep the input order. The decision matrix and the break-even sweep are
 * left out (their fields are still checked): the row does not show them, and the sweep alone would make each profile
 * hundreds of times slower.
 */
public final class PlanBatch {
    /** Enough profiles per chunk to keep every core busy, few enough that a chunk is a few MB at most. */
    static final int CHUNK_PROFILES = 512;
    /** Profiles read ahead of the row being written, at most: the streaming batch's memory bound. */
    static final int IN_FLIGHT = CHUNK_PROFILES;
    /** Profiles per planner task: enough that handing a task to a thread costs little next to planning it. */
    static final int TASK_PROFILES = 16;

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
     * Plans {@code profiles} as they are read, on every core, and hands each row to {@code sink} in input order: at
     * most {@link #IN_FLIGHT} profiles are read ahead of the row being written, so memory holds that window, not the
     * batch. Reading, planning and writing overlap: the calling thread reads and writes while the planner threads
     * plan, with no pause at chunk boundaries.
     */
    public void stream(Iterable<BatchProfile> profiles, ObjectNode overrides, RowSink sink) throws IOException {
        ArrayDeque<Future<List<BatchRow>>> window = new ArrayDeque<>();
        List<BatchProfile> task = new ArrayList<>(TASK_PROFILES);
        try {
            for (BatchProfile profile : profiles) {
                task.add(profile);
                if (task.size() == TASK_PROFILES) {
                    if (window.size() == IN_FLIGHT / TASK_PROFILES) {
                        write(window.removeFirst(), sink);
                    }
                    window.addLast(submit(task, overrides));
                    task = new ArrayList<>(TASK_PROFILES);
                    while (!window.isEmpty() && window.peekFirst().isDone()) {
                        write(window.removeFirst(), sink);
                    }
                }
            }
            if (!task.isEmpty()) {
                window.addLast(submit(task, overrides));
            }
            while (!window.isEmpty()) {
                write(window.removeFirst(), sink);
            }
        } finally {
            // the sink failed (the client hung up) or the input did: what is still queued is not planned
            window.forEach(f -> f.cancel(false));
        }
    }

    /** Where streamed rows go; it may fail, e.g. when the client hangs up. */
    @FunctionalInterface
    public interface RowSink {
        void accept(BatchRow row) throws IOException;
    }

    private Future<List<BatchRow>> submit(List<BatchProfile> task, ObjectNode overrides) {
        return Planners.POOL.submit(() -> {
            List<BatchRow> rows = new ArrayList<>(task.size());
            for (BatchProfile p : task) {
                rows.add(row(p, overrides));
            }
            return rows;
        });
    }

    private static void write(Future<List<BatchRow>> rows, RowSink sink) throws IOException {
        List<BatchRow> done;
        try {
            done = rows.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while planning a batch", e);
        } catch (ExecutionException e) {
            throw unexpected(e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause()));
        }
        for (BatchRow row : done) {
            sink.accept(row);
        }
    }

    /**
     * The planner threads every streamed batch shares: one per core, daemons (the CLI exits when its batch is
     * written). Their queue is bounded by the callers, each at most {@link #IN_FLIGHT} profiles ahead, and the number
     * of concurrent batches is bounded by the server's admission.
     */
    private static final class Planners {
        static final ExecutorService POOL = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "plan-batch");
            t.setDaemon(true);
            return t;
        });
    }

    private BatchRow row(BatchProfile profile, ObjectNode overrides) {
        if (profile.fields() == null) {
            return BatchRow.failed(profile, profile.error());
        }
        try {
            ObjectNode fields = profile.fields().deepCopy();
            fields.setAll(overrides);
            Plan plan = service.sizingPlan(Json.mapper().treeToValue(fields, PlanRequest.class));
            return pick(plan).map(o -> new BatchRow(profile.number(), PlanFormats.csvCells(
                            OptionDto.of(o, plan.recommended().classesOf(o)), plan.partitions().recommended(), null), null, profile.label()))
                    .orElseGet(() -> BatchRow.failed(profile, "no broker size can carry this workload"));
        } catch (Exception e) {
            Problem problem = Problems.of(e).orElseThrow(() -> unexpected(e));
            return BatchRow.failed(profile, problem.detail());
        }
    }

    /** The overall pick; with none within the quota, the first of the cheapest to the cent, as the plan CSV shows them. */
    private static Optional<SizedOption> pick(Plan plan) {
        if (plan.recommended().overall().isPresent()) {
            return plan.recommended().overall();
        }
        return plan.options().stream().min(Comparator.comparing(o -> Money.cents(o.monthlyUsd())));
    }

    private static RuntimeException unexpected(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
