package dev.profilelens.connectors.opencloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import java.io.IOException;

/** Turns Open Cloud error answers (v1, v2 and gateway shapes) into messages a live-ops person understands. */
final class CloudErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudErrors() {
    }

    /** The server's own message, from whichever error shape it used. */
    static String serverMessage(byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null) {
                return "";
            }
            if (n.has("message")) {
                String code = n.path("errorDetails").path(0).path("datastoreErrorCode").asText("");
                return n.get("message").asText() + (code.isEmpty() ? "" : " (" + code + ")");
            }
            if (n.path("errors").isArray()) {
                return n.path("errors").path(0).path("message").asText("");
            }
            return "";
        } catch (IOException e) {
            return "";
        }
    }

    static InspectorException of(int status, byte[] body, String what) {
        String msg = serverMessage(body);
        String detail = msg.isEmpty() ? "" : ": " + msg;
        return switch (status) {
            case 400 -> new InvalidInputException("Roblox refused to " + what + detail);
            case 401 -> new RefusedException("Roblox rejected the API key (401) when trying to " + what
                    + ". Check the key, or that it has not expired (keys unused for 60 days expire).");
            case 403 -> new RefusedException("The API key may not " + what + " (403)" + detail
                    + ". Add the needed permission to the key for this experience.");
            case 404 -> new InvalidInputException("Not found while trying to " + what + detail);
            case 429 -> new UnavailableException("Roblox kept throttling requests (429) while trying to " + what
                    + "; the experience's request budget is spent. Try again in a minute.");
            case 501 -> new RefusedException("Roblox does not implement the request to " + what + " (501)" + detail
                    + "; asking again will not help.");
            default -> status >= 500
                    ? new UnavailableException("Roblox's data store service failed (" + status + ") while trying to "
                            + what + detail + ". Nothing was changed by this attempt; try again.")
                    : new InspectorException("Unexpected answer " + status + " while trying to " + what + detail);
        };
    }
}
