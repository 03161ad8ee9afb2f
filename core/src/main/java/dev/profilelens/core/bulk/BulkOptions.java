package dev.profilelens.core.bulk;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.updates.DeliveryTemplate;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a batch runs.
 *
 * @param batch       the batch name (audit log, journal); letters, digits, '.', '_', '-'
 * @param reason      the user's reason (the audit reason adds the batch name)
 * @param live        what to do with profiles a live server owns
 * @param waitTimeout how long {@link Live#WAIT} retries live profiles after the pass
 * @param waitPoll    how often it retries them
 * @param template    the store's delivery template, required for {@link Live#DELIVER}
 */
public record BulkOptions(String batch, String reason, boolean dryRun, Live live, Duration waitTimeout,
                          Duration waitPoll, @Nullable DeliveryTemplate template) {
    /** {@code --live}: leave live profiles for a later run, wait until they are released, or deliver the edit. */
    public enum Live {
        SKIP, WAIT, DELIVER;

        public static Live parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--live takes wait, deliver or skip (got " + s + ")", "--live");
            }
        }
    }

    public BulkOptions {
        Objects.requireNonNull(live, "live");
        checkName(batch);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("a reason is required for every write", "--reason");
        }
        if (live == Live.DELIVER && template == null) {
            throw new InvalidInputException("--live deliver needs the store's delivery template", "--template");
        }
    }

    /** A dry run (live profiles are only counted). */
    public static BulkOptions dryRun(String batch, String reason) {
        return new BulkOptions(batch, reason, true, Live.SKIP, Duration.ZERO, Duration.ofSeconds(1), null);
    }

    public static void checkName(String batch) {
        if (batch == null || !batch.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new InvalidInputException("a batch name takes 1 to 64 letters, digits, '.', '_' or '-' (got "
                    + batch + ")", "--batch");
        }
    }
}
