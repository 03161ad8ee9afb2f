package dev.profilelens.app.versions;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.VersionInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            if (e.status() != AuditStatus.DONE || e.versionAfter().isEmpty() || !e.store().equals(ref.store())
                    || !e.scope().equals(ref.scope()) || !e.key().equals(ref.key())) {
                continue;
            }
            AuditEntry had = byVersion.get(e.versionAfter());
            if (had == null || !had.connection().equals(connection) && e.connection().equals(connection)) {
                byVersion.put(e.versionAfter(), e);
            }
        }
        return versions.stream().map(v -> new VersionRow(v, byVersion.get(v.version()))).toList();
    }
}
