package dev.profilelens.core.ds2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditChange;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.LoggedWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.Conflicts;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.Applied;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntryExistsException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one use case that writes DataStore2 players (issue #19 item 3, ADR 0180), for the GUI and the CLI. There is no
 * lock, so: refuse unless the user states the player is offline; apply the intents to the latest value; check
 * Roblox's and DataStore2's rules; then for OrderedBackups exclusive-create standard {@code N+1}, exclusive-create
 * ordered {@code N+1} and re-list the maximum (Standard/migrated: a write conditional on the version read). Any
 * "already exists" means a game server saved meanwhile: stop, re-read, report it as a conflict (exit 3) with the
 * edit untouched. A restore is the same recipe with an older value.
 */
public final class Ds2Writer {
    private final ProfileSource standard;
    private final OrderedSource ordered;
    private final Ds2Reader reader;
    private final AuditLog audit;
    private final Presence presence;
    private final Clock clock;
    private final String user;
    private final String connection;

    public Ds2Writer(ProfileSource standard, OrderedSource ordered, AuditLog audit, Presence presence, Clock clock,
                     String user, String connection) {
        this.standard = standard;
        this.ordered = ordered;
        this.reader = new Ds2Reader(standard, ordered);
        this.audit = audit;
        this.presence = presence;
        this.clock = clock;
        this.user = user;
        this.connection = connection;
    }

    /** The player as a write would see it (with the #206 probe). */
    public Ds2Player read(Ds2WriteRequest r) {
        return reader.read(r.address(), r.places(), r.layout(), true);
    }

    /** What to show before asking "is the player offline?". */
    public List<String> offlineReasons(Ds2Player p) {
        return Ds2Offline.reasons(p, presence, clock.instant());
    }

    public SaveResult save(Ds2WriteRequest r) {
        Ds2Player p = read(r);
        if (p.readOnly() != null) {
            return new SaveResult.Refused(SaveResult.Refused.Reason.READ_ONLY, null, p.readOnly()
                    + " Nothing was written.");
        }
        JsonNode base = p.latest() == null ? null : RobloxJson.parse(p.latest().value());
        String baseVersion = p.latestBackup() != null ? Long.toString(p.latestBackup())
                : p.latest() == null ? null : p.latest().version();
        Applied applied;
        try {
            applied = Intents.apply(base, r.intents());
        } catch (IntentFailedException e) {
            return Conflicts.of(base, e, base, baseVersion);
        }
        JsonNode next = applied.value();
        SaveResult.Invalid invalid = invalid(next);
        if (invalid != null) {
            return invalid;
        }
        if (base != null && JsonEquals.equal(base, next) || r.dryRun()) {
            return new SaveResult.Unchanged(baseVersion, base, next, applied.changes(), r.dryRun()
                    && !JsonEquals.equal(base, next));
        }
        if (!r.offlineStated() || Ds2Offline.seenOnline(p, presence)) {
            return refuseOnline(p, r.offlineStated());
        }
        return p.layout() == Ds2Layout.ORDERED_BACKUPS ? backup(r, p, base, next, applied.changes())
                : standardLocation(r, p, base, next, applied.changes());
    }

    private static SaveResult.@Nullable Invalid invalid(JsonNode next) {
        if (next.isMissingNode()) {
            return new SaveResult.Invalid("", null, null, "The edit leaves no value: DataStore2 cannot save nothing.");
        }
        try {
            Validator.validateStored(next);
        } catch (InvalidInputException e) {
            return new SaveResult.Invalid(Objects.requireNonNullElse(e.path(), ""), null, null, e.userMessage());
        }
        return Ds2Rules.check(next).map(b -> new SaveResult.Invalid(b.path(), null, null, "DataStore2 would refuse "
                + "to save this value (" + b.problem() + " at " + (b.path().isEmpty() ? "the top" : b.path())
                + "): nothing was written.")).orElse(null);
    }

    private SaveResult refuseOnline(Ds2Player p, boolean stated) {
        String why = String.join("; ", offlineReasons(p));
        String text = stated ? "Presence says " + p.address() + " is in a game (" + why + "): a DataStore2 server "
                + "overwrites any outside edit when the player leaves. Nothing was written."
                : "DataStore2 has no session lock: a server that has " + p.address() + " loaded overwrites this edit "
                + "when the player leaves. State that the player is offline (--offline) to write. Evidence: " + why
                + ". Nothing was written.";
        return new SaveResult.Refused(SaveResult.Refused.Reason.CONFIRMATION, null, text);
    }

    private SaveResult backup(Ds2WriteRequest r, Ds2Player p, @Nullable JsonNode base, JsonNode next,
                              List<Change> changes) {
        long n = p.latestBackup() == null ? 0 : p.latestBackup();
        long mine = n + 1;
        EntryRef ref = r.places().backup(mine);
        byte[] bytes = RobloxJson.write(next);
        WriteRequest w = new WriteRequest(ref, bytes, List.of(r.address().userId()), "{}",
                Precondition.mustNotExist());
        String written;
        try {
            written = LoggedWrite.write(audit, standard, w, entry(r, ref, null, base, next, changes, n)).version();
        } catch (VersionConflictException e) {
            return raced(r, base, "standard entry " + mine + " exists");
        }
        try {
            ordered.create(r.places().ordered(), Long.toString(mine), mine);
        } catch (OrderedEntryExistsException e) {
            return raced(r, base, "ordered entry " + mine + " appeared after ProfileLens created standard entry "
                    + mine + " (version " + written + "), which now sits unindexed or was overwritten by the server");
        }
        Ds2Reader.Backup top = reader.latestBackup(r.places()).orElse(null);
        if (top == null || top.n() != mine || top.entry() == null || !written.equals(top.entry().version())) {
            return raced(r, base, "after writing backup " + mine + " the latest is "
                    + (top == null ? "nothing" : "backup " + top.n()) + ": a server saved right after");
        }
        return new SaveResult.Written(n == 0 ? null : Long.toString(n), Long.toString(mine), base, next, changes, 0);
    }

    private SaveResult standardLocation(Ds2WriteRequest r, Ds2Player p, @Nullable JsonNode base, JsonNode next,
                                        List<Change> changes) {
        EntryRef ref = r.places().standard();
        StoredEntry cur = p.latestBackup() == null ? p.latest() : null;
        List<Long> ids = cur == null || cur.userIds().isEmpty() ? List.of(r.address().userId()) : cur.userIds();
        WriteRequest w = new WriteRequest(ref, RobloxJson.write(next), ids, cur == null ? "{}" : cur.attributesJson(),
                cur == null ? Precondition.mustNotExist() : Precondition.matchVersion(cur.version()));
        try {
            String v = LoggedWrite.write(audit, standard, w, entry(r, ref, cur == null ? null : cur.version(), base,
                    next, changes, -1)).version();
            return new SaveResult.Written(cur == null ? null : cur.version(), v, base, next, changes, 0);
        } catch (VersionConflictException e) {
            return raced(r, base, ref + " changed since it was read");
        }
    }

    private SaveResult raced(Ds2WriteRequest r, @Nullable JsonNode base, String what) {
        Ds2Player now = read(r);
        JsonNode theirs = now.latest() == null ? null : RobloxJson.parse(now.latest().value());
        String at = now.latestBackup() != null ? Long.toString(now.latestBackup())
                : now.latest() == null ? null : now.latest().version();
        return new SaveResult.Conflict(List.of(), theirs, at, "A game server saved " + r.address() + " meanwhile ("
                + what + "): the player is probably online. ProfileLens stopped; your edit is kept (nothing of it "
                + "was applied to the new value). The latest is now " + (at == null ? "missing" : at)
                + ".");
    }

    private AuditEntry entry(Ds2WriteRequest r, EntryRef ref, @Nullable String versionBefore,
                             @Nullable JsonNode base, JsonNode next, List<Change> changes, long fromBackup) {
        JsonNode patch = JsonDiff.diff(base == null ? RobloxJson.nodes().nullNode() : base, next);
        List<AuditChange> audited = changes.stream().map(c -> new AuditChange(c.intent().path(),
                c.intent().describe(), c.before(), c.after())).toList();
        String reason = r.reason() + (fromBackup < 0 ? "" : " (DataStore2 " + r.address() + ": backup "
                + fromBackup + " -> " + (fromBackup + 1) + ", player stated offline)");
        return new AuditEntry(clock.instant(), user, connection, ref.store(), ref.scope(), ref.key(), versionBefore,
                "", r.action(), patch, reason, audited, AuditStatus.UNCONFIRMED, "", "", "");
    }
}
