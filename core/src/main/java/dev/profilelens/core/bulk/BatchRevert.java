package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.Transform;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code bulk revert NAME}: what each key of a batch looked like before and after the batch's writes (the versions
 * its done audit entries name), turned into a guarded {@link RevertTransform} per key, run as a batch of its own
 * ({@code NAME.revert}) through {@link BulkRun} — so the revert is journaled, resumable and audited too.
 */
public final class BatchRevert {
    private final Map<EntryRef, RevertTransform> transforms;
    private final List<String> problems;

    private BatchRevert(Map<EntryRef, RevertTransform> transforms, List<String> problems) {
        this.transforms = transforms;
        this.problems = problems;
    }

    /** The revert batch's name. */
    public static String revertName(String batch) {
        return batch.length() > 57 ? batch.substring(0, 57) + ".revert" : batch + ".revert";
    }

    /**
     * Reads the batch's writes; a batch with none is bad input naming it. What each write changed comes from the
     * batch's journal when this machine ran it ({@code journalFile}), else from the versions before and after it
     * (which the store may have pruned: such writes are reported, not reverted). A write whose audit entry stayed
     * unconfirmed is reverted when the store shows it landed ({@link UnconfirmedWrite}).
     */
    public static BatchRevert plan(AuditLog audit, ProfileSource source, String batch, Path journalFile) {
        BulkOptions.checkName(batch);
        List<AuditEntry> writes = new ArrayList<>(audit.query(AuditQuery.newest(Integer.MAX_VALUE)
                .withBatch(batch)).stream().filter(e -> e.status() == AuditStatus.DONE
                || e.status() == AuditStatus.UNCONFIRMED).toList());
        if (writes.isEmpty()) {
            throw new InvalidInputException("The audit log has no writes of batch " + batch + " (see profilelens "
                    + "log); nothing to revert", batch);
        }
        writes.sort(Comparator.comparing(AuditEntry::time).reversed());
        Map<EntryRef, List<PathChange>> leaves = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        BatchJournal journal = Files.exists(journalFile) ? BatchJournal.open(journalFile) : null;
        for (AuditEntry e : writes) {
            EntryRef ref = new EntryRef(e.store(), e.scope(), e.key());
            List<PathChange> recorded = journal == null ? null : journal.changes(ref);
            if (recorded != null) {
                if (!leaves.containsKey(ref)) {
                    leaves.put(ref, new ArrayList<>(recorded));
                }
                continue;
            }
            JsonNode before = e.versionBefore() == null ? null : value(source, ref, e.versionBefore());
            if (e.status() == AuditStatus.UNCONFIRMED) {
                if (e.versionBefore() != null && before == null) {
                    problems.add(ref + ": an unconfirmed write on version " + e.versionBefore() + ", which is no "
                            + "longer stored; not reverted");
                    continue;
                }
                JsonNode landed = UnconfirmedWrite.landed(source, ref, before, e);
                if (landed != null) {
                    RevertTransform.leaves("", before, landed, leaves.computeIfAbsent(ref, r -> new ArrayList<>()));
                }
                continue;
            }
            JsonNode after = value(source, ref, e.versionAfter());
            if (after == null || (e.versionBefore() != null && before == null)) {
                problems.add(ref + ": version " + (after == null ? e.versionAfter() : e.versionBefore())
                        + " is no longer stored; this write is not reverted");
                continue;
            }
            RevertTransform.leaves("", before, after, leaves.computeIfAbsent(ref, r -> new ArrayList<>()));
        }
        Map<EntryRef, RevertTransform> t = new LinkedHashMap<>();
        leaves.forEach((ref, l) -> t.put(ref, new RevertTransform(l)));
        return new BatchRevert(t, problems);
    }

    private static @Nullable JsonNode value(ProfileSource source, EntryRef ref, String version) {
        Optional<StoredEntry> v = source.readVersion(ref, version);
        return v.map(x -> RobloxJson.parse(x.value())).orElse(null);
    }

    public List<EntryRef> keys() {
        return List.copyOf(transforms.keySet());
    }

    /** Writes of the batch that cannot be reverted (their versions are gone). */
    public List<String> problems() {
        return problems;
    }

    public List<Intent> intents(EntryRef ref) {
        RevertTransform t = transforms.get(ref);
        if (t == null) {
            throw new IllegalArgumentException(ref + " is not part of this revert");
        }
        return List.of(new Transform("revert batch", t));
    }

    /** The paths of {@code ref} the last attempt left alone because they changed since the batch. */
    public List<String> skipped(EntryRef ref) {
        RevertTransform t = transforms.get(ref);
        return t == null ? List.of() : t.skipped();
    }
}
