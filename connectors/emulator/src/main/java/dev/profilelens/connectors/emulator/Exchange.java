package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange with parsed query parameters (names matched case-insensitively, as the service does). Header
 * names are sent exactly as given, in lower case like the reference's examples (ADR 0110).
 */
final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> query = new LinkedHashMap<>();
    private byte @Nullable [] body;
    private boolean done;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        String raw = request.getHttpURI().getQuery();
        if (raw != null && !raw.isEmpty()) {
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
        return request.getMethod();
    }

    /** The path, percent-decoded per segment by the caller where needed. */
    String rawPath() {
        return request.getHttpURI().getPath();
    }

    @Nullable String param(String name) {
        return query.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return query.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Every query parameter but the named ones (names in lower case), in the order sent. */
    Map<String, String> paramsExcept(String... names) {
        Map<String, String> out = new LinkedHashMap<>(query);
        for (String n : names) {
            out.remove(n.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Nullable String header(String name) {
        return request.getHeaders().get(name);
    }

    byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    void send(int status, Map<String, String> headers, byte[] bytes, @Nullable String contentType)
            throws IOException {
        // A request body left unread makes Jetty close the connection after a response it already committed, with
        // no "connection: close"; the client then reuses a dead connection (seen in CI). Drain it first.
        body();
        response.setStatus(status);
        headers.forEach((k, v) -> response.getHeaders().put(new HttpField((HttpHeader) null,
                k.toLowerCase(Locale.ROOT), v)));
        response.getHeaders().put(new HttpField((HttpHeader) null, "date", Times.httpDate(Instant.now())));
        if (contentType != null && status != 204) {
            response.getHeaders().put(new HttpField((HttpHeader) null, "content-type", contentType));
        }
        byte[] out = status == 204 ? new byte[0] : bytes;
        if (status != 204) {
            response.getHeaders().put(new HttpField(HttpHeader.CONTENT_LENGTH, "content-length",
                    Integer.toString(out.length)));
        }
        done = true;
        response.write(true, ByteBuffer.wrap(out), callback);
    }

    void json(int status, Map<String, String> headers, JsonNode node) throws IOException {
        send(status, headers, node.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /**
     * Loses the answer ("write applied but response lost"): the connection is closed before any response header;
     * the client sees it end without an answer.
     */
    void drop() {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        done = true;
        callback.failed(new IOException("answer dropped by fault injection"));
    }

    boolean answered() {
        return done;
    }
}
