package dev.profilelens.core.erase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Roblox's {@code RightToErasureRequest} webhook (spec/liveops.md §4.2): the signature header
 * {@code roblox-signature: t=<unix s>,v1=<base64 HMAC-SHA256(secret, "<t>.<raw body>")>} is checked over the raw
 * bytes first, then the body is read. Anything else is bad input naming what and where; nothing is erased.
 * Saved bodies are processed later (the daily routine), so no replay window is applied: erasing twice is harmless.
 */
public final class WebhookBody {
    public static final String SECRET_ENV = "PROFILELENS_WEBHOOK_SECRET";
    private static final String WHERE = "webhook body";

    private WebhookBody() {
    }

    /** The file in the ProfileLens data folder that may hold the secret (its first line) when the variable is unset. */
    public static final String SECRET_FILE = "webhook-secret";

    /** The configured secret: {@value #SECRET_ENV}, else the first line of {@value #SECRET_FILE}; null when neither. */
    public static @Nullable String configuredSecret(Map<String, String> env, Path dataDir) {
        String fromEnv = env.get(SECRET_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file).stream()
                    .findFirst().map(String::strip).filter(x -> !x.isEmpty()).orElse(null) : null;
        } catch (IOException e) {
            throw new InvalidInputException("The webhook secret file " + file + " cannot be read: " + e.getMessage(),
                    SECRET_FILE);
        }
    }

    /** Verifies {@code signature} over {@code body} with {@code secret}, then reads the request. */
    public static ErasureRequest verifyAndRead(byte[] body, @Nullable String signature, @Nullable String secret) {
        Instant signedAt = verify(body, signature, secret);
        return read(body, signedAt);
    }

    /** The signing time when the signature holds; otherwise bad input saying why. */
    static Instant verify(byte[] body, @Nullable String signature, @Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new InvalidInputException("No webhook secret is configured: set " + SECRET_ENV + " (or write it into "
                    + SECRET_FILE + " in the ProfileLens data folder) to the secret of the Right to Erasure webhook "
                    + "(Creator Hub → Webhooks) so its signature can be checked",
                    SECRET_ENV);
        }
        if (signature == null || signature.isBlank()) {
            throw new InvalidInputException("The webhook body came without its roblox-signature header "
                    + "(t=…,v1=…); an unsigned request is not acted on", "roblox-signature");
        }
        String t = null;
        List<String> v1 = new ArrayList<>();
        for (String part : signature.strip().split(",")) {
            String p = part.strip();
            if (p.startsWith("t=")) {
                t = p.substring(2);
            } else if (p.startsWith("v1=")) {
                v1.add(p.substring(3));
            }
        }
        if (t == null || !t.matches("[0-9]{1,12}") || v1.isEmpty()) {
            throw new InvalidInputException("The roblox-signature header \"" + signature + "\" is not of the form "
                    + "t=<unix seconds>,v1=<base64 HMAC-SHA256>", "roblox-signature");
        }
        byte[] expected = hmac(secret, t, body);
        for (String candidate : v1) {
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return Instant.ofEpochSecond(Long.parseLong(t));
            }
        }
        throw new InvalidInputException("The webhook signature does not match the body (signed at t=" + t + "): "
                + "the body was changed, or it was signed with another secret than " + SECRET_ENV
                + ". Nothing was erased.", "roblox-signature");
    }

    /** The header value a correct sender would put on {@code body} at {@code t} (tests and the sample sender). */
    public static String sign(String secret, long t, byte[] body) {
        return "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(hmac(secret, Long.toString(t), body));
    }

    private static byte[] hmac(String secret, String t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Reads a verified body: event type, NotificationId, EventTime, EventPayload.UserId and GameIds. */
    static ErasureRequest read(byte[] body, @Nullable Instant signedAt) {
        JsonNode root;
        try {
            root = RobloxJson.parse(body);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("The webhook body is not JSON: " + e.userMessage(), WHERE);
        }
        if (!root.isObject()) {
            throw new InvalidInputException("The webhook body must be a JSON object", WHERE);
        }
        String type = root.path("EventType").asText("");
        if (!"RightToErasureRequest".equals(type)) {
            throw new InvalidInputException("The webhook event is \"" + type + "\", not RightToErasureRequest"
                    + ("SampleNotification".equals(type) ? " (Roblox's test event: nobody to erase)" : ""),
                    WHERE + " /EventType");
        }
        JsonNode user = root.path("EventPayload").path("UserId");
        if (!user.canConvertToExactIntegral() || user.asLong() <= 0) {
            throw new InvalidInputException("The webhook body has no positive integer EventPayload.UserId",
                    WHERE + " /EventPayload/UserId");
        }
        List<Long> places = new ArrayList<>();
        JsonNode games = root.path("EventPayload").path("GameIds");
        if (!games.isMissingNode() && !games.isArray()) {
            throw new InvalidInputException("EventPayload.GameIds must be an array of place ids",
                    WHERE + " /EventPayload/GameIds");
        }
        for (int i = 0; i < games.size(); i++) {
            if (!games.get(i).canConvertToExactIntegral()) {
                throw new InvalidInputException("EventPayload.GameIds[" + i + "] is not a place id",
                        WHERE + " /EventPayload/GameIds/" + i);
            }
            places.add(games.get(i).asLong());
        }
        return new ErasureRequest(List.of(user.asLong()), places, root.path("NotificationId").asText(null),
                time(root.path("EventTime")), signedAt);
    }

    private static @Nullable Instant time(JsonNode n) {
        if (!n.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("EventTime \"" + n.asText() + "\" is not an ISO-8601 time",
                    WHERE + " /EventTime");
        }
    }
}
