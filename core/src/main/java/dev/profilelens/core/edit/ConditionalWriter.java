package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditChange;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.LoggedWrite;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.store.BatchWrites;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One conditional write plus its audit entry, recorded in two steps ({@link LoggedWrite}): the intent before the
 * write, so nothing is written that the log could not record, then done or failed. A lost answer is settled by
 * reading the key again: the write counts as done only when the stored bytes are exactly what was sent.
 */
final class ConditionalWriter {
    private final ProfileSource source;
    private final AuditLog audit;
    private final Clock clock;
    private final String user;
    private final String connection;

    ConditionalWriter(ProfileSource source, AuditLog audit, Clock clock, String user, String connection) {
        this.source = source;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.connection = connection;
    }

    /**
     * The new version, or empty when the stored version was no longer {@code version}. {@code stored} is the entry
     * {@code before} was read from: its UserIds and attributes are kept unless the edit changed their mirror.
     */
    Optional<String> write(Optional<StoredEntry> stored, EntryRef ref, @Nullable JsonNode before,
                           @Nullable String version, JsonNode toWrite, EditRequest request, List<Change> changes) {
        return write(stored, ref, before, version, toWrite, request.action(), request.reason(), changes);
    }

    Optional<String> write(Optional<StoredEntry> stored, EntryRef ref, @Nullable JsonNode before,
                           @Nullable String version, JsonNode toWrite, String action, String reason,
                           List<Change> changes) {
        return write(prepare(stored, ref, before, version, toWrite, action, reason, changes));
    }

    /** A write and its audit entry, built once and sent alone ({@link #write(Prepared)}) or in a group. */
    record Prepared(WriteRequest request, AuditEntry entry) {
    }

    Prepared prepare(Optional<StoredEntry> stored, EntryRef ref, @Nullable JsonNode before, @Nullable String version,
                     JsonNode toWrite, String action, String reason, List<Change> changes) {
        // the parts the edit left alone are written back exactly as they are stored (issue #18 item 3)
        // (unless the stored spelling is what would push it over the size limit)
        // ({@code before} is the stored value parsed by the caller: not parsed again)
        byte[] bytes = stored.map(s -> before != null ? RobloxJson.writeKeeping(toWrite, s.value(), before)
                        : RobloxJson.writeKeeping(toWrite, s.value()))
                .filter(kept -> kept.length <= Limits.MAX_VALUE_BYTES)
                .orElseGet(() -> RobloxJson.write(toWrite));
        WriteRequest write = new WriteRequest(ref, bytes, KeyMetadata.userIds(before, toWrite, stored),
                KeyMetadata.attributes(before, toWrite, stored),
                version == null ? Precondition.mustNotExist() : Precondition.matchVersion(version));
        JsonNode patch = JsonDiff.diff(before == null ? RobloxJson.nodes().nullNode() : before, toWrite);
        List<AuditChange> audited = changes.stream().map(c -> new AuditChange(c.intent().path(),
                c.intent().describe(), c.before(), c.after())).toList();
        AuditEntry entry = new AuditEntry(clock.instant(), user, connection, ref.store(), ref.scope(), ref.key(),
                version, "", action, patch, reason, audited, AuditStatus.UNCONFIRMED, "", "", "");
        return new Prepared(write, entry);
    }

    /** The new version, or empty when the stored version was no longer the one the write is conditional on. */
    Optional<String> write(Prepared p) {
        String after;
        try {
            // intent recorded first (a log that cannot record it refuses the write), then the write, then its
            // outcome; a lost answer is settled by reading the key again
            after = LoggedWrite.write(audit, source, p.request(), p.entry()).version();
        } catch (VersionConflictException e) {
            return Optional.empty();
        } catch (WriteOutcomeUnknownException e) {
            if (e.getSuppressed().length > 0) {
                throw e; // not even a read could tell whether it landed: the caller must check, never repeat
            }
            return Optional.empty(); // the key was read again and does not hold what was sent: not written
        }
        return Optional.of(after);
    }

    /**
     * A group of prepared writes in one transaction of {@code writes} (ADR 0230), their audit entries recorded
     * together before and after: per write its new version, or empty when its precondition no longer held.
     */
    List<Optional<String>> writeAll(BatchWrites writes, List<Prepared> group) {
        return versions(LoggedWrite.writeAll(audit, writes, requests(group), group.stream().map(Prepared::entry)
                .toList()));
    }

    /** The intents of a group recorded ahead of {@link #writeRecorded} (all or none). */
    List<PendingWrite> recordIntents(List<Prepared> group) {
        return audit.recordIntents(group.stream().map(Prepared::entry).toList());
    }

    /** As {@link #writeAll}, the group's intents ({@code pending}) recorded already by {@link #recordIntents}. */
    List<Optional<String>> writeRecorded(BatchWrites writes, List<Prepared> group, List<PendingWrite> pending) {
        return versions(LoggedWrite.writeRecorded(audit, writes, requests(group), pending));
    }

    /** Closes intents recorded for a group that will not be sent (failed, nothing written). */
    void abandon(List<PendingWrite> pending) {
        LoggedWrite.abandon(audit, pending);
    }

    private static List<WriteRequest> requests(List<Prepared> group) {
        return group.stream().map(Prepared::request).toList();
    }

    private static List<Optional<String>> versions(List<Optional<WriteResult>> results) {
        return results.stream().map(r -> r.map(WriteResult::version)).toList();
    }
}
