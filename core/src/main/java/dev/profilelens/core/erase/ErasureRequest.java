package dev.profilelens.core.erase;

import dev.profilelens.core.error.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whose data is to be erased, and where the request came from.
 *
 * @param userIds        the users, in the order given, without repeats
 * @param placeIds       the start place ids the webhook named ({@code GameIds}); empty for a typed request
 * @param notificationId the webhook's {@code NotificationId}, or null for a typed request
 * @param eventTime      the webhook's {@code EventTime}, or null
 * @param signedAt       the signature's {@code t=} time, or null when not signed
 */
public record ErasureRequest(List<Long> userIds, List<Long> placeIds, @Nullable String notificationId,
                             @Nullable Instant eventTime, @Nullable Instant signedAt) {
    public ErasureRequest {
        userIds = List.copyOf(new LinkedHashSet<>(userIds));
        placeIds = List.copyOf(placeIds);
        if (userIds.isEmpty()) {
            throw new IllegalArgumentException("at least one UserId");
        }
    }

    /** Parses typed UserIds: one, or a list separated by commas, spaces or new lines. */
    public static ErasureRequest typed(String text, String where) {
        Objects.requireNonNull(text, "text");
        List<Long> ids = new ArrayList<>();
        for (String part : text.strip().split("[\\s,;]+")) {
            if (!part.isEmpty()) {
                ids.add(parseUserId(part, where));
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException("Give at least one UserId (digits, e.g. 100032)", where);
        }
        return new ErasureRequest(ids, List.of(), null, null, null);
    }

    /** A positive decimal UserId, or bad input naming the text and where it came from. */
    public static long parseUserId(String text, String where) {
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw new InvalidInputException("\"" + text + "\" is not a UserId (digits, no sign or leading zero, "
                    + "e.g. 100032)", where);
        }
        return Long.parseLong(text);
    }

    /** What the user types to confirm: the UserIds, comma-separated. */
    public String confirmation() {
        return String.join(",", userIds.stream().map(String::valueOf).toList());
    }

    /** Where the request came from, for the report. */
    public String origin() {
        return notificationId == null ? "typed" : "RightToErasureRequest webhook " + notificationId
                + (signedAt == null ? "" : " (signed " + signedAt + ")");
    }
}
