package mskplanner.cli;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Callable;
import mskplanner.pricing.PricingData;
import mskplanner.web.LoadLimits;
import mskplanner.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msk-planner serve}: the web UI and JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web UI and JSON API.",
        footer = {"", "Examples:", "  msk-planner serve --port 7070 --client-rate 50",
        "  msk-planner serve --host 0.0.0.0 --trust-proxy"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces)")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--trust-proxy", description = "Behind a reverse proxy: build the pages' links (share link, curl, "
            + "CSV, IMPORTDATA) from its X-Forwarded-Proto and X-Forwarded-Host headers (default: ignored, as any client can send them)")
    boolean trustProxy;

    @Option(names = "--client-rate", defaultValue = "0", paramLabel = "N", description = "Requests a second one client "
            + "address may send; more get 429 with Retry-After (default: ${DEFAULT-VALUE}, no limit; /health is never "
            + "limited). Behind a proxy every client has the proxy's address: limit there instead")
    int clientRate;

    @Mixin
    PricingOptions pricingOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The running server, kept so tests can stop it. */
    Javalin server;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new mskplanner.engine.InvalidInputException("--port", port, "0 to 65535");
        }
        if (clientRate < 0 || clientRate > LoadLimits.MAX_CLIENT_RATE) {
            throw new mskplanner.engine.InvalidInputException("--client-rate", clientRate,
                    "0 (no limit) to " + mskplanner.engine.format.Format.number(LoadLimits.MAX_CLIENT_RATE, 0));
        }
        PricingData pricing = pricingOptions.load();
        server = WebApp.create(pricing, Clock.systemUTC(), LoadLimits.DEFAULTS.withClientRate(clientRate),
                trustProxy ? WebApp.Forwarding.TRUSTED : WebApp.Forwarding.IGNORED).start(host, port);
        spec.commandLine().getOut().printf("msk-planner listening on http://%s:%d/ (prices: %s)%n", host, server.port(), pricing.origin());
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return ExitCodes.OK;
    }
}
