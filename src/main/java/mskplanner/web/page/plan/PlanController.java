package mskplanner.web.page.plan;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mskplanner.app.Problem;
import mskplanner.app.Problems;
import mskplanner.app.plan.PlanField;
import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;
import mskplanner.app.plan.topics.TopicInventoryText;
import mskplanner.app.plan.topics.TopicThroughput;
import mskplanner.pricing.PricingData;
import mskplanner.web.page.Assets;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.FormState;
import mskplanner.web.page.UploadedText;
import mskplanner.web.page.Nav;
import mskplanner.web.page.Origin;
import mskplanner.web.page.PageFrame;
import mskplanner.web.page.PageFrames;
import mskplanner.web.page.QueryString;

/** {@code GET /plan}: the workload form, and the plan when the query carries its inputs. */
public final class PlanController {
    private final PlanForm form;
    private final PageFrames frames;
    private final PlanService service;

    public PlanController(PricingData pricing, PageFrames frames, PlanService service) {
        this.form = new PlanForm(pricing);
        this.frames = frames;
        this.service = service;
    }

    public void page(Context ctx) throws Exception {
        Map<String, List<String>> query = ctx.queryParamMap();
        if (!form.isSubmitted(query)) {
            render(ctx, form.defaults(), null, null);
            return;
        }
        answer(ctx, form.read(query));
    }

    /**
     * {@code POST /plan} (multipart, the form's "Plan the inventory" button): the same form with an inventory uploaded
     * as a file, or pasted past what fits a link. The file's text takes the textarea's place, so a re-render keeps it.
     */
    public void post(Context ctx) throws Exception {
        FormState state = form.read(ctx.formParamMap());
        Optional<String> file = UploadedText.of(ctx, PlanForm.TOPICS_FILE);
        if (file.isPresent()) {
            Map<String, String> values = new LinkedHashMap<>(state.values());
            values.put(PlanForm.TOPICS, file.get());
            state = FormState.of(values);
        }
        answer(ctx, state);
    }

    private void answer(Context ctx, FormState state) throws Exception {
        try {
            // the page's query is the API's (same names), so a results URL and its API call are the same request
            PlanRequest request = request(form.parameters(state), state);
            PlanResponse answer = service.plan(request);
            render(ctx, state, PlanResults.of(answer, request, ApiCall.of(Origin.of(ctx), QueryString.of(state.values()))), null);
        } catch (Exception e) {
            Problem problem = onClusterPeak(state, Problems.of(e).orElseThrow(() -> e));
            ctx.status(400);
            FormState flagged = form.withError(state, problem);
            for (Problem more : moreProblems(state, problem)) {
                flagged = form.withError(flagged, more);
            }
            render(ctx, flagged, null, null);
        }
    }

    /** With an inventory, a problem with {@code peakIngressMBps} is one with the cluster peak typed beside it. */
    private static Problem onClusterPeak(FormState state, Problem p) {
        if (state.value(PlanForm.TOPICS).isBlank() || !PlanField.PEAK_INGRESS_MBPS.fieldName().equals(p.field())) {
            return p;
        }
        return new Problem(p.type(), p.title(), p.status(), p.detail(), PlanForm.CLUSTER_PEAK, p.value(), p.allowed());
    }

    /**
     * The plan request of the form's inputs, with the pasted or uploaded inventory when there is one (CSV or
     * kafka-topics.sh --describe). The inventory gives the traffic, so the form's traffic inputs (filled with an
     * example workload) are not sent with it.
     */
    private static PlanRequest request(Map<String, List<String>> parameters, FormState state) {
        String inventory = state.value(PlanForm.TOPICS);
        if (inventory.isBlank()) {
            return PlanQuery.parse(parameters);
        }
        Map<String, List<String>> rest = new LinkedHashMap<>(parameters);
        PlanForm.REPLACED_BY_TOPICS.forEach(f -> rest.remove(f.fieldName()));
        String clusterPeak = state.value(PlanForm.CLUSTER_PEAK).trim();
        if (!clusterPeak.isEmpty()) {
            rest.put(PlanField.PEAK_INGRESS_MBPS.fieldName(), List.of(PlanForm.withoutGrouping(clusterPeak)));
        }
        return PlanQuery.parse(rest).withTopics(TopicThroughput.apply(TopicInventoryText.read(inventory),
                state.value(PlanForm.TOPIC_THROUGHPUT), null));
    }

    /**
     * The problems after the first, so the form flags every bad field at once: the field of each problem found is
     * left to its default and the request checked again, once per field at most. A problem not tied to one field
     * (or on a field that is still wrong without a value) ends the search.
     */
    private List<Problem> moreProblems(FormState state, Problem first) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(form.parameters(state));
        List<Problem> found = new ArrayList<>();
        Set<String> flagged = new HashSet<>();
        Problem last = first;
        for (int checks = 0; checks < PlanField.values().length; checks++) {
            String input = form.inputFor(last.field());
            if (input.equals(FormState.FORM) || !flagged.add(input) || parameters.remove(input) == null) {
                break;
            }
            try {
                service.check(request(parameters, state));
                break;
            } catch (RuntimeException e) {
                Optional<Problem> next = Problems.of(e);
                if (next.isEmpty() || flagged.contains(form.inputFor(next.get().field()))) {
                    break;
                }
                last = next.get();
                found.add(last);
            }
        }
        return found;
    }

    private void render(Context ctx, FormState state, PlanResult result, String notice) {
        List<String> scripts = result == null ? List.of() : List.of(Assets.CHART_JS, Assets.CHARTS, Assets.SORT, Assets.COPY);
        PageFrame frame = frames.frame("Plan an MSK cluster", Nav.PLAN, state.value("region"), scripts);
        ctx.render("plan.jte", Map.of("page", new PlanPage(frame, state, form.groups(), errorLinks(state), result, notice)));
    }

    private List<ErrorLink> errorLinks(FormState state) {
        List<ErrorLink> links = new ArrayList<>();
        state.errors().forEach((input, message) -> links.add(form.errorLink(input, message)));
        return links;
    }
}
