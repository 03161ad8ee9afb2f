package dev.profilelens.connectors.opencloud;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** RFC 3986 encoding for path segments and query values ({@code URLEncoder} alone turns spaces into '+'). */
final class PathSegments {
    private PathSegments() {
    }

    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    static String query(String s) {
        return segment(s);
    }
}
