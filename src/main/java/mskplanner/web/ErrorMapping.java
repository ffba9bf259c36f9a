package mskplanner.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import mskplanner.api.Json;
import mskplanner.api.Problem;
import mskplanner.api.Problems;
import mskplanner.web.page.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One error shape for the whole API: {@code application/problem+json}. Bad input is a 400 naming field, value and
 * what is allowed; anything unexpected is a 500 with a generic message (the stack trace goes to the log only).
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /** Browsers asking for a page get the same problem as an HTML page from {@code pages}. */
    static void register(RoutesConfig routes, ErrorPages pages) {
        // Javalin answers its own HTTP exceptions (413, 405, ...) in plain text unless they are mapped by type.
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, fromHttp(e), pages));
        routes.exception(Exception.class, (e, ctx) -> {
            Problem problem = Problems.of(e).orElseGet(() -> fromHttp(e));
            respond(ctx, problem, pages);
        });
    }

    private static void respond(Context ctx, Problem problem, ErrorPages pages) {
        if (pages.wantsPage(ctx)) {
            pages.render(ctx, problem.status(), problem.title(), problem.detail());
        } else {
            respond(ctx, problem);
        }
    }

    private static Problem fromHttp(Exception e) {
        if (e instanceof HttpResponseException h) {
            return new Problem("/problems/http-" + h.getStatus(), HttpStatus.forStatus(h.getStatus()).getMessage(),
                    h.getStatus(), h.getMessage(), null, null, null);
        }
        LOG.error("unexpected error", e);
        return Problem.internal();
    }

    static void respond(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(Json.mapper().writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            ctx.status(500).contentType(Problem.CONTENT_TYPE).result("{\"title\":\"Internal error\",\"status\":500}");
        }
    }
}
