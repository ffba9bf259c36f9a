package mskplanner.web;

import io.javalin.Javalin;
import mskplanner.testing.Fixtures;

/** The real app plus two routes that fail the way a bug would, to see what a client gets back. */
final class FailingRoutes {
    static final String EXCEPTION = "/test/exception";
    static final String ERROR = "/test/error";
    /** What a careless error page would show: a class name, a package and a secret-looking value. */
    static final String LEAKY_MESSAGE = "java.lang.IllegalStateException in mskplanner.secret.Thing: password=hunter2";

    private FailingRoutes() {
    }

    static Javalin app() {
        Javalin app = WebApp.create(Fixtures.bundled());
        app.unsafe.routes.get(EXCEPTION, ctx -> {
            throw new IllegalStateException(LEAKY_MESSAGE);
        });
        app.unsafe.routes.get(ERROR, ctx -> {
            throw new StackOverflowError(LEAKY_MESSAGE);
        });
        return app;
    }
}
