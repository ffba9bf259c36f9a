package mskplanner.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.charset.StandardCharsets;
import mskplanner.app.CsvLayout;
import mskplanner.app.Json;
import mskplanner.app.Problem;
import mskplanner.app.Problems;
import mskplanner.web.api.Responses;
import mskplanner.web.page.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One error shape for the whole API: {@code application/problem+json} (or, for a CSV request, the same fields as a
 * CSV row). Bad input is a 400 naming field, value and
 * what is allowed; anything unexpected is a 500 with a generic message (the stack trace goes to the log only).
 * Browsers asking for a page get the same problem as an HTML page.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** The columns of an error answered as CSV; {@code error} is the sentence to show. */
    static final java.util.List<String> CSV_ERROR_HEADER = java.util.List.of("error", "field", "value", "allowed", "status", "type");

    private ErrorMapping() {
    }

    static void register(JavalinConfig config, ErrorPages pages) {
        // Javalin answers its own HTTP exceptions (413, 405, ...) in plain text unless they are mapped by type.
        config.routes.exception(HttpResponseException.class,
                unlessEnded((e, ctx) -> respond(ctx, fromHttp(ctx, e), pages)));
        config.routes.exception(UnsupportedCharsetException.class,
                unlessEnded((e, ctx) -> respond(ctx, unsupportedCharset(e.getCharsetName()), pages)));
        config.routes.exception(IllegalCharsetNameException.class,
                unlessEnded((e, ctx) -> respond(ctx, unsupportedCharset(e.getCharsetName()), pages)));
        config.routes.exception(Exception.class, unlessEnded((e, ctx) -> {
            Problem problem = Problems.of(e).orElseGet(() -> unexpected(ctx, e));
            respond(ctx, problem, pages);
        }));
        // Errors (StackOverflowError, OutOfMemoryError) skip the exception handlers; without this the body is empty.
        config.router.javaLangErrorHandler((res, error) -> {
            LOG.error("unexpected error", error);
            respond(res, Problem.internal());
        });
    }

    private static Problem fromHttp(Context ctx, HttpResponseException e) {
        // Javalin's own 413 (a chunked body counted past the cap) does not say what the cap is.
        String detail = e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode() && "Content Too Large".equals(e.getMessage())
                ? Responses.tooLarge(RequestBodies.limitFor(ctx.path())).getMessage()
                : e.getMessage();
        return new Problem("/problems/http-" + e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(),
                e.getStatus(), detail, null, null, null);
    }

    /** A body can only be read in a charset Java knows; JSON and CSV are sent as UTF-8 anyway. */
    private static Problem unsupportedCharset(String charset) {
        return new Problem("/problems/http-415", "Unsupported Media Type", 415,
                "charset '" + charset + "' in Content-Type is not supported: send UTF-8", "Content-Type", charset, "charset=utf-8");
    }

    /** Logged with method and path only: query strings and headers may carry secrets. */
    private static Problem unexpected(Context ctx, Exception e) {
        if (e instanceof HttpResponseException h) {
            return fromHttp(ctx, h);
        }
        if (endedEarly(e)) {
            LOG.debug("request body ended early on {} {}", ctx.method(), ctx.path());
            return new Problem("/problems/http-400", "Bad Request", 400,
                    "the request body ended before its declared Content-Length", null, null, null);
        }
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        return Problem.internal();
    }

    /** {@code handler}, except on a request that is gone ({@link #ended}): there it logs one line and answers nothing. */
    private static <T extends Exception> ExceptionHandler<T> unlessEnded(ExceptionHandler<T> handler) {
        return (e, ctx) -> {
            if (ended(ctx)) {
                LOG.info("an answer was not sent: its request ended before it was ready (the server stopping)");
                return;
            }
            handler.handle(e, ctx);
        };
    }

    /**
     * Whether the request is gone: a plan that finishes after its server stopped completes on a request Jetty has
     * already recycled, whose every accessor then fails. Nothing can be answered there, and the handler must not
     * throw (Javalin would log the stack trace of its failure).
     */
    private static boolean ended(Context ctx) {
        try {
            ctx.path();
            return false;
        } catch (NullPointerException | IllegalStateException recycled) {
            return true;
        }
    }

    /** The client closed the connection or sent less than it announced: its fault, not a server error. */
    private static boolean endedEarly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    private static void respond(Context ctx, Problem problem, ErrorPages pages) {
        // Whatever refused the request (a guard, a 405, a 413, a shed batch), the rest of its body is read first; a body
        // left part-read means Jetty closes the connection after the answer: say so, so the client does not reuse it.
        if (!RequestBodies.drainRefused(ctx)) {
            ctx.header("Connection", "close");
        }
        if (pages.wantsPage(ctx)) {
            pages.render(ctx, problem.status(), problem.title(), problem.detail());
        } else if (Responses.asksForCsv(ctx)) {
            respondCsv(ctx, problem);
        } else {
            respond(ctx, problem);
        }
    }

    /**
     * A CSV request gets its error as CSV, with the same status: a sheet shows the reason in its cells instead of a
     * bare #VALUE!. Columns {@link #CSV_ERROR_HEADER}; {@code header} and {@code delimiter} are honoured when readable.
     */
    private static void respondCsv(Context ctx, Problem problem) {
        CsvLayout layout = CsvLayout.lenient(ctx.queryParam(CsvLayout.HEADER), ctx.queryParam(CsvLayout.DELIMITER));
        int[] all = layout.columns(CSV_ERROR_HEADER);
        String body = layout.headerRow(CSV_ERROR_HEADER) + layout.row(java.util.Arrays.asList(problem.detail(), problem.field(),
                problem.value(), problem.allowed(), problem.status(), problem.type()), all);
        ctx.status(problem.status()).contentType(Responses.CSV).result(body);
    }

    static void respond(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(json(problem));
    }

    private static void respond(HttpServletResponse res, Problem problem) {
        try {
            SecurityHeaders.applyTo(res::setHeader);
            res.setStatus(problem.status());
            res.setContentType(Problem.CONTENT_TYPE);
            res.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException e) {
            LOG.debug("could not write the error response", e);
        }
    }

    private static String json(Problem problem) {
        try {
            return Json.mapper().writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            return "{\"title\":\"Internal error\",\"status\":500}";
        }
    }
}
