package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One HTTP exchange with parsed query parameters (names matched case-insensitively, as the service does). */
final class Exchange {
    private final HttpExchange http;
    private final Map<String, String> query = new LinkedHashMap<>();
    private byte @Nullable [] body;

    Exchange(HttpExchange http) {
        this.http = http;
        String raw = http.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(URLDecoder.decode(k, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                        URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
    }

    String method() {
        return http.getRequestMethod();
    }

    /** The path, percent-decoded per segment by the caller where needed. */
    String rawPath() {
        return http.getRequestURI().getRawPath();
    }

    @Nullable String param(String name) {
        return query.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return query.containsKey(name.toLowerCase(Locale.ROOT));
    }

    @Nullable String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    byte[] body() throws IOException {
        if (body == null) {
            body = http.getRequestBody().readAllBytes();
        }
        return body;
    }

    void send(int status, Map<String, String> headers, byte[] bytes, String contentType) throws IOException {
        headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
        if (contentType != null) {
            http.getResponseHeaders().set("content-type", contentType);
        }
        if (status == 204) {
            http.sendResponseHeaders(204, -1);
        } else {
            http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        }
        http.close();
    }

    void json(int status, Map<String, String> headers, JsonNode node) throws IOException {
        send(status, headers, node.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /**
     * Loses the answer ("write applied but response lost"): the exchange is closed before any response header,
     * which makes the server close the connection; the client sees it end without an answer.
     */
    void drop() {
        http.close();
    }
}
