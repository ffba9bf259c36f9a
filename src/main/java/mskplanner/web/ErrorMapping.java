package mskplanner.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import mskplanner.api.Json;
import mskplanner.api.Problem;
import mskplanner.api.Problems;
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

    static void register(RoutesConfig routes) {
        routes.exception(Exception.class, (e, ctx) -> {
            Problem problem = Problems.of(e).orElseGet(() -> fromHttp(e));
            respond(ctx, problem);
        });
        routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                respond(ctx, new Problem("/problems/not-found", "Not found", 404,
                        "no such endpoint: " + ctx.method() + " " + ctx.path(), null, null, null));
            }
        });
        routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                respond(ctx, new Problem("/problems/method-not-allowed", "Method not allowed", 405,
                        ctx.method() + " is not allowed on " + ctx.path(), null, null, null));
            }
        });
    }

    private static Problem fromHttp(Exception e) {
        if (e instanceof HttpResponseException h) {
            return new Problem("/problems/http-" + h.getStatus(), h.getMessage(), h.getStatus(), h.getMessage(), null, null, null);
        }
        LOG.error("unexpected error", e);
        return Problem.internal();
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    static void respond(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(Json.mapper().writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            ctx.status(500).contentType(Problem.CONTENT_TYPE).result("{\"title\":\"Internal error\",\"status\":500}");
        }
    }
}
