package dev.profilelens.core.ds2;

import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * One write to a DataStore2 player: intents applied to the latest value (an edit), a whole new value (put, as a
 * {@code ReplaceValue} intent) or an older backup (restore, the same). DataStore2 has no session lock, so the user
 * must state that the player is offline ({@code offlineStated}); a dry run needs no statement.
 *
 * @param action the audit action: {@code ds2-edit}, {@code ds2-put} or {@code ds2-restore}
 */
public record Ds2WriteRequest(Ds2Address address, Ds2Places places, Ds2Layout layout, List<Intent> intents,
                              String reason, String action, boolean offlineStated, boolean dryRun) {
    public Ds2WriteRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(layout, "layout");
        intents = List.copyOf(intents);
        Objects.requireNonNull(action, "action");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Say why (--reason): every change is recorded in the audit log",
                    "--reason");
        }
        if (intents.isEmpty()) {
            throw new InvalidInputException("Nothing to change: give at least one intent", "INTENT");
        }
    }
}
