package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.InspectorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Open Cloud data store emulator on 127.0.0.1 (ADR 0030), served by embedded Jetty (ADR 0110): v1 under
 * {@code /datastores/v1/...}, v2 under {@code /cloud/v2/...}, key introspection under
 * {@code /api-keys/v1/introspect}.
 */
public final class EmulatorServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final Universes universes;
    private final OrderedRoutes ordered;
    private final ApiKeyTable keys;
    private final Serving serving;
    private final List<Route> routes;

    private EmulatorServer(EmulatorOptions o) throws Exception {
        this.universes = new Universes(o.db(), o.keepAllVersions());
        this.keys = o.apiKeys();
        this.serving = new Serving(new Gate(o.apiKeys(), new Budgets(o.budgetPerMinute(),
                System::currentTimeMillis), o.faults()), universes, o.shortPages());
        this.ordered = new OrderedRoutes(serving, new OrderedStores(universes.folder()));
        this.routes = routes(serving);
        QueuedThreadPool pool = new QueuedThreadPool(16, 2);
        pool.setName("emulator-http");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false); // sent by Exchange, with a lower-case name
        // keys and store names may hold %2F and other encoded separators: the routes decode each segment themselves
        http.setUriCompliance(UriCompliance.LEGACY);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(o.port());
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                dispatch(new Exchange(request, response, callback));
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            universes.close();
            throw e;
        }
    }

    /** Every endpoint family the emulator serves; one line per API. */
    private List<Route> routes(Serving s) {
        V1Routes v1 = new V1Routes(s);
        V2Routes v2 = new V2Routes(s);
        UsersRoute users = new UsersRoute(universes);
        return List.of(
                new Route(Pattern.compile("/datastores/v1/universes/([^/]+)/standard-datastores(.*)"), v1::handle),
                new Route(Pattern.compile("/cloud/v2/universes/([^/]+)/data-stores(.*)"), v2::handle),
                new Route(Pattern.compile("/api-keys/v1/introspect"), (ex, u, tail) -> introspect(ex)),
                new Route(Pattern.compile(Pattern.quote(UsersRoute.PATH)), users::handle));
    }

    public static EmulatorServer start(EmulatorOptions options) {
        try {
            return new EmulatorServer(options);
        } catch (InspectorException e) {
            throw e;
        } catch (Exception e) {
            throw new InspectorException("Cannot start the emulator on port " + options.port() + ": "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Requests answered so far, and those refused with 429 for the budget or by an injected fault. */
    public EmulatorStats stats() {
        return serving.stats();
    }

    /** Seeds an empty universe with sandbox profiles (for demos); false when it already holds data. */
    public boolean seedIfEmpty(String universe, int profiles, long seed) {
        return universes.seedIfEmpty(universe, profiles, seed);
    }

    public Path stateFolder() {
        return universes.folder();
    }

    private void dispatch(Exchange ex) {
        try {
            String path = ex.rawPath();
            if (ordered.handle(ex, path)) {
                return;
            }
            for (Route r : routes) {
                if (r.serve(ex, path)) {
                    return;
                }
            }
            throw ApiError.gateway(404, "Not found");
        } catch (ApiError e) {
            answer(ex, e.status(), e.headers(), e.body());
        } catch (InspectorException e) {
            answer(ex, 400, Map.of(), ApiError.v2(400, "INVALID_ARGUMENT", e.userMessage()).body());
        } catch (IOException | RuntimeException e) {
            answer(ex, 500, Map.of(), ApiError.v2(500, "INTERNAL", String.valueOf(e.getMessage())).body());
        }
    }

    private static void answer(Exchange ex, int status, Map<String, String> headers, ObjectNode body) {
        if (ex.answered()) {
            return;
        }
        try {
            ex.json(status, headers, body);
        } catch (IOException | RuntimeException e) {
            ex.drop();
        }
    }

    private void introspect(Exchange ex) throws IOException {
        var body = EntryCodec.parse(new String(ex.body(), StandardCharsets.UTF_8));
        String key = body == null ? null : body.path("apiKey").asText(null);
        ApiKeyTable.Grant g = key == null ? null : keys.grant(key).orElse(null);
        if (key == null || g == null) {
            throw ApiError.gateway(401, "Invalid API Key");
        }
        ex.json(200, Map.of(), Introspection.describe(key, g));
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the state is closed below either way
        } finally {
            ordered.close();
            universes.close();
        }
    }
}
