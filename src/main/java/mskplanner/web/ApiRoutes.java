package mskplanner.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's routes, registered so that a method a route does not take is a 405 with an {@code Allow} header naming
 * the ones it does (not a 404, which would say the URL is wrong when only the method is).
 */
final class ApiRoutes {
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private final RoutesConfig routes;
    private final Map<String, TreeSet<String>> allowed = new LinkedHashMap<>();

    ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    ApiRoutes get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    ApiRoutes post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    private ApiRoutes add(HandlerType method, String path, Handler handler) {
        routes.addHttpHandler(method, path, handler);
        allowed.computeIfAbsent(path, p -> new TreeSet<>()).add(method.name());
        return this;
    }

    /** Every path with its methods (upper case), in registration order. */
    Map<String, Set<String>> routes() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        allowed.forEach((path, methods) -> copy.put(path, Set.copyOf(methods)));
        return copy;
    }

    /** Registers the 405 answers; call once, after the last route. */
    ApiRoutes refuseOtherMethods() {
        allowed.forEach((path, methods) -> {
            String allow = String.join(", ", methods);
            List<HandlerType> others = new ArrayList<>(METHODS);
            others.removeIf(m -> methods.contains(m.name()));
            for (HandlerType method : others) {
                routes.addHttpHandler(method, path, ctx -> {
                    ctx.header("Allow", allow);
                    throw new MethodNotAllowedResponse(method.name() + " is not accepted on " + path + ": use " + allow);
                });
            }
        });
        return this;
    }
}
