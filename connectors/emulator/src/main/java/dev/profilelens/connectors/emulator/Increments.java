package dev.profilelens.connectors.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Increment, one server-side step (v1 {@code entry/increment}, v2 {@code :increment}): the existing value and the
 * amount must be integers; a missing or deleted key is created with the amount; the metadata sent replaces the
 * key's (absent means cleared). Concurrent increments are serialized by retrying the conditional write.
 */
final class Increments {
    private static final int ATTEMPTS = 50;

    private Increments() {
    }

    /** The error to answer, in the caller's API shape. */
    @FunctionalInterface
    interface Errors {
        ApiError of(String v1Code, String message);
    }

    static StoredEntry apply(SqliteProfileSource source, EntryRef ref, long amount, List<Long> users, String attributes,
                             Errors errors) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredEntry> cur = source.read(ref);
            long base = cur.isPresent() ? integerValue(cur.get(), errors) : 0;
            long next;
            try {
                next = Math.addExact(base, amount);
            } catch (ArithmeticException e) {
                throw amount > 0 ? errors.of("IncrementValueTooLarge", "The result is too large.")
                        : errors.of("IncrementValueTooSmall", "The result is too small.");
            }
            Precondition p = cur.map(e -> Precondition.matchVersion(e.version())).orElse(Precondition.mustNotExist());
            try {
                WriteResult r = source.write(new WriteRequest(ref, Long.toString(next).getBytes(StandardCharsets.UTF_8),
                        users, attributes, p));
                return source.readVersion(ref, r.version()).orElseThrow();
            } catch (VersionConflictException e) {
                // another increment won the race: add to its result
            }
        }
        throw ApiError.v2(503, "UNAVAILABLE", "Too many concurrent writes to " + ref.key() + ".");
    }

    private static long integerValue(StoredEntry e, Errors errors) {
        JsonNode n = EntryCodec.parse(new String(e.value(), StandardCharsets.UTF_8));
        if (n == null || !n.isNumber() || !(n.isIntegralNumber() || n.asDouble() == Math.rint(n.asDouble()))
                || !n.canConvertToLong()) {
            throw errors.of("ExistingValueNotNumeric", "The existing value is not an integer.");
        }
        return n.asLong();
    }
}
