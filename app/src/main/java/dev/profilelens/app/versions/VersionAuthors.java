package dev.profilelens.app.versions;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.VersionInfo;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Joins versions with the audit log's writes by the version each write created. */
final class VersionAuthors {
    private VersionAuthors() {
    }

    /**
     * One row per version; a version gets the confirmed write that created it on the same store and scope. Version
     * ids are per key, so two connections could share one: the write made on {@code connection} wins then.
     */
    static List<VersionRow> join(List<VersionInfo> versions, List<AuditEntry> writes, EntryRef ref,
                                 String connection) {
        Map<String, AuditEntry> byVersion = new HashMap<>();
        for (AuditEntry e : writes) {
            if (!confirmedWriteOf(e, ref)) {
                continue;
            }
            AuditEntry had = byVersion.get(e.versionAfter());
            if (had == null || !had.connection().equals(connection) && e.connection().equals(connection)) {
                byVersion.put(e.versionAfter(), e);
            }
        }
        return versions.stream().map(v -> new VersionRow(v, byVersion.get(v.version()))).toList();
    }

    /**
     * How many confirmed writes made on {@code connection} created a version the history no longer lists, counting
     * only writes since the oldest version listed (older ones may lie beyond the listing's limit): a store that keeps
     * Roblox's rule drops a version superseded within its hour, a game's autosave minutes after a save included.
     */
    static long dropped(List<VersionInfo> versions, List<AuditEntry> writes, EntryRef ref, String connection) {
        if (versions.isEmpty()) {
            return 0;
        }
        Set<String> listed = versions.stream().map(VersionInfo::version).collect(Collectors.toSet());
        Instant oldest = versions.stream().map(VersionInfo::created).min(Instant::compareTo).orElseThrow();
        return writes.stream().filter(e -> confirmedWriteOf(e, ref) && e.connection().equals(connection)
                && !e.time().isBefore(oldest) && !listed.contains(e.versionAfter())).count();
    }

    /** A write of {@code ref} that was made (done) and so created a version. */
    private static boolean confirmedWriteOf(AuditEntry e, EntryRef ref) {
        return e.status() == AuditStatus.DONE && !e.versionAfter().isEmpty() && e.store().equals(ref.store())
                && e.scope().equals(ref.scope()) && e.key().equals(ref.key());
    }
}
