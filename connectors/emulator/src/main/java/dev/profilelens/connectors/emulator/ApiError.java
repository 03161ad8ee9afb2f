package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An error answer in one of the real shapes (v1 data store error, v2 status, gateway). */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient ObjectNode body;
    private final transient Map<String, String> headers;

    ApiError(int status, ObjectNode body, Map<String, String> headers) {
        super(body.toString(), null, false, false);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    /** v1: {@code {"error":"INVALID_ARGUMENT","message":...,"errorDetails":[{... "datastoreErrorCode":...}]}}. */
    static ApiError v1(int status, String error, String code, @Nullable String message) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("error", error);
        b.put("message", message);
        ObjectNode d = b.putArray("errorDetails").addObject();
        d.put("errorDetailType", "DatastoreErrorInfo");
        d.put("datastoreErrorCode", code);
        return new ApiError(status, b, Map.of());
    }

    /** v2: {@code {"code":"NOT_FOUND","message":...}}. */
    static ApiError v2(int status, String code, @Nullable String message) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("code", code);
        b.put("message", message);
        b.putArray("details");
        return new ApiError(status, b, Map.of());
    }

    /** Gateway: {@code {"errors":[{"code":0,"message":"Invalid API Key"}]}}. */
    static ApiError gateway(int status, String message) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        ObjectNode e = b.putArray("errors").addObject();
        e.put("code", 0);
        e.put("message", message);
        return new ApiError(status, b, Map.of());
    }

    ApiError withHeaders(Map<String, String> h) {
        return new ApiError(status, body, h);
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }
}
