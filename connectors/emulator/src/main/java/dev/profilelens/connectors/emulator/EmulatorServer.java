package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.profilelens.core.error.InspectorException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Open Cloud data store emulator on 127.0.0.1 (ADR 0030): v1 under {@code /datastores/v1/...}, v2 under
 * {@code /cloud/v2/...}, key introspection under {@code /api-keys/v1/introspect}.
 */
public final class EmulatorServer implements AutoCloseable {
    private static final Pattern V1 = Pattern.compile("/datastores/v1/universes/([^/]+)/standard-datastores(.*)");
    private static final Pattern V2 = Pattern.compile("/cloud/v2/universes/([^/]+)/data-stores(.*)");
    private final HttpServer server;
    private final ExecutorService workers;
    private final Universes universes;
    private final V1Routes v1;
    private final V2Routes v2;
    private final ApiKeyTable keys;
    private final Serving serving;
    private final UsersRoute users;

    static {
        // The JDK server flushes headers and body separately; without TCP_NODELAY every answer waits ~40 ms for the
        // client's delayed ACK. Read once when the server classes load, so it must be set before the first create.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private EmulatorServer(EmulatorOptions o) throws IOException {
        this.universes = new Universes(o.db(), o.keepAllVersions());
        this.keys = o.apiKeys();
        this.serving = new Serving(new Gate(o.apiKeys(), new Budgets(o.budgetPerMinute(),
                System::currentTimeMillis), o.faults()), universes, o.shortPages());
        this.v1 = new V1Routes(serving);
        this.v2 = new V2Routes(serving);
        this.users = new UsersRoute(universes);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "emulator-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), o.port()), 64);
        server.createContext("/", this::dispatch);
        server.setExecutor(workers);
        server.start();
    }

    public static EmulatorServer start(EmulatorOptions options) {
        try {
            return new EmulatorServer(options);
        } catch (IOException e) {
            throw new InspectorException("Cannot start the emulator on port " + options.port() + ": "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
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

    public java.nio.file.Path stateFolder() {
        return universes.folder();
    }

    private void dispatch(HttpExchange http) throws IOException {
        Exchange ex = new Exchange(http);
        try {
            String path = ex.rawPath();
            Matcher m1 = V1.matcher(path);
            Matcher m2 = V2.matcher(path);
            if (m1.matches()) {
                v1.handle(ex, m1.group(1), m1.group(2));
            } else if (m2.matches()) {
                v2.handle(ex, m2.group(1), m2.group(2));
            } else if (path.equals(UsersRoute.PATH)) {
                users.handle(ex);
            } else if (path.equals("/api-keys/v1/introspect")) {
                introspect(ex);
            } else {
                throw ApiError.gateway(404, "Not found");
            }
        } catch (ApiError e) {
            ex.json(e.status(), e.headers(), e.body());
        } catch (InspectorException e) {
            ex.json(400, Map.of(), ApiError.v2(400, "INVALID_ARGUMENT", e.userMessage()).body());
        } catch (RuntimeException e) {
            ex.json(500, Map.of(), ApiError.v2(500, "INTERNAL", String.valueOf(e.getMessage())).body());
        }
    }

    private void introspect(Exchange ex) throws IOException {
        var body = EntryCodec.parse(new String(ex.body(), java.nio.charset.StandardCharsets.UTF_8));
        String key = body == null ? null : body.path("apiKey").asText(null);
        ApiKeyTable.Grant g = key == null ? null : keys.grant(key).orElse(null);
        if (g == null) {
            throw ApiError.gateway(401, "Invalid API Key");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("name", key.equals(ApiKeyTable.DEV_KEY) ? "dev-key (emulator)" : "emulator key");
        out.put("authorizedUserId", 1);
        out.put("enabled", true);
        out.put("expired", false);
        var scopes = out.putArray("scopes");
        g.scopes().forEach(s -> scopes.addObject().put("name", s));
        ex.json(200, Map.of(), out);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        universes.close();
    }
}
