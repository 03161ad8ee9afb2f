package dev.profilelens.connectors.emulator;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One family of endpoints: a path pattern whose first group is the universe id and whose second is the rest of
 * the path, and the handler serving it. New APIs (ordered data stores, ...) add one {@code Route} in
 * {@link EmulatorServer#routes}.
 */
record Route(Pattern path, Handler handler) {
    /** Serves one request of the family. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange ex, String universe, String tail) throws IOException;
    }

    /** Serves the request when the path is this route's; false otherwise. */
    boolean serve(Exchange ex, String rawPath) throws IOException {
        Matcher m = path.matcher(rawPath);
        if (!m.matches()) {
            return false;
        }
        handler.handle(ex, m.groupCount() >= 1 ? m.group(1) : "", m.groupCount() >= 2 ? m.group(2) : "");
        return true;
    }
}
