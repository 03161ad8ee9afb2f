package dev.profilelens.connectors.opencloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Username to UserId through the Users API (spec/liveops.md §5.4): {@code POST /v1/usernames/users}, which also
 * matches previous names. No API key is sent (the endpoint needs none) and no data-store budget is spent.
 */
public final class UsersApiClient implements UserDirectory {
    public static final String REAL_BASE = "https://users.roblox.com";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    public UsersApiClient(String base, Duration timeout) {
        this.base = base.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Optional<UserRecord> byName(String username) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("usernames").add(username);
        body.put("excludeBannedUsers", false);
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/usernames/users")).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UnavailableException("Could not reach " + describe() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("The name lookup was interrupted", e);
        }
        if (res.statusCode() == 429 || res.statusCode() >= 500) {
            throw new UnavailableException(describe() + " answered " + res.statusCode() + "; try again shortly");
        }
        if (res.statusCode() != 200) {
            throw new UnavailableException(describe() + " refused the lookup (" + res.statusCode() + "): "
                    + res.body());
        }
        return parse(res.body());
    }

    static Optional<UserRecord> parse(String body) {
        JsonNode data;
        try {
            data = JSON.readTree(body).path("data");
        } catch (IOException e) {
            throw new UnavailableException("The Users API answered something that is not JSON", e);
        }
        for (JsonNode u : data) {
            if (u.path("id").canConvertToLong()) {
                return Optional.of(new UserRecord(u.path("id").asLong(), u.path("name").asText(""),
                        u.path("displayName").asText("")));
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "the Users API at " + base;
    }
}
