package mskplanner.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import mskplanner.app.Json;
import mskplanner.app.Problem;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches Javalin (a malformed request line, headers or URI too long): the same
 * problem+json shape and security headers as every other response, instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        // Jetty drops the connection after a request it could not parse (e.g. a 414) but does not always say so; a
        // keep-alive client would then send its next request into a closed socket.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        answer(response, code, detail(code, message, cause), callback);
    }

    /**
     * A problem+json answer written at Jetty's level, with the security headers: Jetty's errors, and refusals made
     * before a request reaches Javalin (a client over its rate), which keep the connection open.
     */
    static void answer(Response response, int code, String detail, Callback callback) {
        response.setStatus(code);
        SecurityHeaders.applyTo((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, detail)), callback);
    }

    /** Jetty falls back to the exception's toString, which names classes: only its own fixed reasons are shown. */
    private static String detail(int code, String message, Throwable cause) {
        boolean fromJetty = cause == null || cause instanceof HttpException;
        return fromJetty && message != null && code < 500 ? message : HttpStatus.getMessage(code);
    }

    private static byte[] body(int code, String detail) {
        Problem problem = new Problem("/problems/http-" + code, HttpStatus.getMessage(code), code, detail, null, null, null);
        try {
            return Json.mapper().writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + code + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
