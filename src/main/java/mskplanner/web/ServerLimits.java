package mskplanner.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Jetty settings that bound what one client can hold: idle connections are closed, request headers are capped, slow
 * clients are closed after the deadlines of {@link LoadLimits} ({@link ClientDeadlines}), a client address over its
 * request rate (when one is set) is refused with 429 before Javalin reads its request, and Jetty's own error pages
 * speak problem+json. Request bodies are capped by {@link WebApp#MAX_REQUEST_BYTES}.
 */
final class ServerLimits {
    /** A connection with no bytes moving for this long is closed, so slow or stalled clients cannot pin threads. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Request line plus headers; a browser or spreadsheet sends well under 2 KiB. Larger is a 431 (or 414 for the URI). */
    static final int MAX_REQUEST_HEADER_BYTES = 8 * 1024;
    static final int MAX_RESPONSE_HEADER_BYTES = 8 * 1024;
    /** Client addresses whose rate is tracked at once; beyond them new addresses are refused until some go quiet. */
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private ServerLimits() {
    }

    static void apply(JavalinConfig config, LoadLimits limits) {
        ClientDeadlines deadlines = new ClientDeadlines(limits.headerDeadline(), limits.bodyDeadline());
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
            http.setResponseHeaderSize(MAX_RESPONSE_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JettyErrors());
            // Javalin adds its connector after this hook runs, so the timeout is set as the server starts.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    setConnectorIdleTimeouts(server);
                    limitClientRate(server, limits.maxRequestsPerSecondPerClient());
                    watchSlowClients(server, deadlines);
                }

                @Override
                public void lifeCycleStopped(LifeCycle event) {
                    deadlines.stopSweeping();
                }
            });
        });
    }

    /**
     * Jetty's {@code DoSHandler} (a leaky bucket per client address) in front of Javalin, so a client over its rate
     * costs a few microseconds, not a trip through the servlet stack; {@code /health} is never limited (a load
     * balancer's checks come from one address). The refusal is problem+json from {@link JettyErrors}, with
     * {@code Retry-After: 1}, on a connection kept open: closing it would have the client reconnect at once, and a
     * flood's reconnects queue every new connection (a health check's too) behind them.
     */
    private static void limitClientRate(Server server, int perSecond) {
        // started before: the handlers are wrapped already
        if (perSecond <= 0 || server.getHandler() instanceof ClientDeadlines) {
            return;
        }
        String detail = "this client sent more than " + perSecond + " requests a second, the most the server takes "
                + "from one address (serve --client-rate): retry after 1 s";
        Request.Handler refuse = (request, response, callback) -> {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            JettyErrors.answer(response, 429, detail, callback);
            return true;
        };
        DoSHandler limit = new DoSHandler(server.getHandler(), DoSHandler.ID_FROM_REMOTE_ADDRESS,
                new DoSHandler.LeakingBucketTrackerFactory(perSecond), refuse, MAX_TRACKED_CLIENTS);
        limit.excludePath("/health");
        server.setHandler(limit);
    }

    /** Javalin sets its handler and connector after the modify hooks, so the deadlines wrap them as the server starts. */
    private static void watchSlowClients(Server server, ClientDeadlines deadlines) {
        if (server.getHandler() != deadlines) {
            deadlines.setHandler(server.getHandler());
            server.setHandler(deadlines);
        }
        for (var connector : server.getConnectors()) {
            connector.addBean(deadlines);
        }
        deadlines.startSweeping();
    }

    private static void setConnectorIdleTimeouts(Server server) {
        for (var connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            }
        }
    }
}
