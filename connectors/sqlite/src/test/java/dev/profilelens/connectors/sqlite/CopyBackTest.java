package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.mirror.CopyAction;
import dev.profilelens.core.mirror.CopyBack;
import dev.profilelens.core.mirror.CopyItem;
import dev.profilelens.core.mirror.CopyPlan;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mirror, then copy back into another (empty) store: values, UserIds, attributes and version contents match. */
class CopyBackTest {
    @TempDir
    Path dir;

    @Test
    void mirrorThenCopyBackPreservesValuesMetadataAndVersions() {
        Path source = dir.resolve("source.db");
        Path copy = dir.resolve("copy.db");
        SandboxFiles.create(source, 80, 7, Instant.parse("2026-11-01T00:00:00Z"), (d, t) -> { }, () -> false);
        try (SqliteProfileSource from = SqliteProfileSource.open(source);
             SqliteMirrorTarget target = new SqliteMirrorTarget(copy)) {
            new Mirror(from, RequestPacer.unpaced(), Clock.systemUTC())
                    .run(new MirrorRequest(List.of(), "", true), target, p -> { }, () -> false);
        }
        InMemoryAuditLog audit = new InMemoryAuditLog();
        try (SqliteProfileSource mirror = new SqliteProfileSource(copy, Clock.systemUTC(), Retention.KEEP_ALL, true);
             SqliteProfileSource other = SqliteProfileSource.open(dir.resolve("other.db"));
             SqliteProfileSource origin = new SqliteProfileSource(source, Clock.systemUTC(), Retention.KEEP_ALL,
                     true)) {
            EntryRef taken = keys(mirror, "PlayerData").get(0);
            other.write(new WriteRequest(taken, "{\"other\":1}".getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
            CopyBack back = new CopyBack(mirror, other, RequestPacer.unpaced(), audit, Clock.systemUTC(), "tester",
                    "other");
            CopyPlan plan = back.plan(List.of(), "");
            long total = MirrorTest.keysIn(mirror);
            assertThat(plan.counts()).containsEntry(CopyAction.CREATE, total - 1)
                    .containsEntry(CopyAction.CONFLICT, 1L);
            assertThat(keys(other, "PlayerData")).containsExactly(taken);

            CopyPlan done = back.run(plan, true, false, "restore from mirror", () -> false);
            assertThat(done.items()).filteredOn(i -> i.action() == CopyAction.CONFLICT).extracting(CopyItem::outcome)
                    .containsExactly("skipped (exists with other content)");
            for (String store : List.of("PlayerData", "PlayerData_v2", "GuildHouses")) {
                for (EntryRef ref : keys(origin, store)) {
                    if (ref.equals(taken)) {
                        continue;
                    }
                    StoredEntry a = origin.read(ref).orElseThrow();
                    StoredEntry b = other.read(ref).orElseThrow();
                    assertThat(b.value()).as(ref.toString()).isEqualTo(a.value());
                    assertThat(b.userIds()).isEqualTo(a.userIds());
                    assertThat(b.attributesJson()).isEqualTo(a.attributesJson());
                    assertThat(contents(other, ref)).isEqualTo(contents(origin, ref));
                }
            }
            assertThat(audit.query(null, null, 10_000)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.action()).isEqualTo("copy-back"));

            other.write(new WriteRequest(taken, "{\"other\":2}".getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
            CopyPlan stale = back.run(plan, false, true, "overwrite", () -> false);
            assertThat(stale.items()).filteredOn(i -> i.ref().equals(taken)).extracting(CopyItem::outcome)
                    .containsExactly("not written: it changed since the dry run");
            assertThat(new String(other.read(taken).orElseThrow().value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"other\":2}");
            CopyPlan again = back.plan(List.of(), "");
            assertThat(again.counts()).containsEntry(CopyAction.SAME, total - 1).containsEntry(CopyAction.CREATE, 0L);
            CopyPlan forced = back.run(again, false, true, "overwrite", () -> false);
            assertThat(forced.items()).filteredOn(i -> i.ref().equals(taken)).extracting(CopyItem::outcome)
                    .containsExactly("written");
            assertThat(other.read(taken).orElseThrow().value()).isEqualTo(origin.read(taken).orElseThrow().value());
            assertThatThrownBy(() -> new CopyBack(other, mirror, RequestPacer.unpaced(), audit, Clock.systemUTC(),
                    "t", "c").run(plan, false, false, "x", () -> false)).isInstanceOf(RefusedException.class);
        }
    }

    /** Version contents oldest first (ids and times are the destination's own). */
    private static List<String> contents(ProfileSource s, EntryRef ref) {
        List<String> out = new ArrayList<>();
        for (VersionInfo v : s.listVersions(ref, VersionQuery.all(), null, 1000).items()) {
            if (!v.deleted()) {
                StoredEntry e = s.readVersion(ref, v.version()).orElseThrow();
                out.add(new String(e.value(), StandardCharsets.UTF_8) + e.userIds() + e.attributesJson());
            }
        }
        return out;
    }

    private static List<EntryRef> keys(ProfileSource s, String store) {
        List<EntryRef> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> p = s.listKeys(store, null, "", cursor, 100);
            out.addAll(p.items());
            cursor = p.nextCursor();
        } while (cursor != null);
        return out;
    }
}
