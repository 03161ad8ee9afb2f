package dev.profilelens.connectors.opencloud;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback server answering every request with one canned answer and remembering what it was asked. */
final class StubServer implements AutoCloseable {
    /** One canned answer. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private volatile Answer answer;

    StubServer(Answer answer) {
        this.answer = answer;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            requests.add(ex.getRequestURI());
            ex.getRequestBody().readAllBytes();
            Answer a = this.answer;
            a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            byte[] b = a.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(a.status(), b.length == 0 ? -1 : b.length);
            if (b.length > 0) {
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
    }

    void answer(Answer a) {
        this.answer = a;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<URI> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
