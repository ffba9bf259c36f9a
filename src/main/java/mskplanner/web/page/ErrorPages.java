package mskplanner.web.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Errors as HTML pages for browsers; the API (and any client not asking for HTML) keeps problem+json. */
public final class ErrorPages {
    private final PageFrames frames;

    public ErrorPages(PageFrames frames) {
        this.frames = frames;
    }

    public boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return !ctx.path().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    public void render(Context ctx, int status, String title, String detail) {
        ctx.status(status);
        ctx.render("error.jte", Map.of("page", new ErrorPage(frames.frame(title, null, null, List.of()), status, detail)));
    }
}
