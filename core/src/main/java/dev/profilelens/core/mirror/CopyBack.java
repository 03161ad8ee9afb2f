package dev.profilelens.core.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.RequestBudget.Category;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Copies a mirror back to its source or into another universe (issue #21 item 2). {@link #plan} is the dry run:
 * per key CREATE / SAME / CONFLICT / LIVE with counts, nothing written. {@link #run} writes CREATE keys with
 * "must not exist" (with versions: each mirrored version in order, each conditional on the one before) and, when
 * asked, CONFLICT keys conditional on the version the dry run saw; a live profile is never written. Every write is
 * recorded in the audit log. Blocking: run on a worker.
 */
public final class CopyBack {
    private static final int PAGE = 100;
    private final ProfileSource mirror;
    private final ProfileSource dest;
    private final RequestPacer pacer;
    private final AuditLog audit;
    private final Clock clock;
    private final String user;
    private final String connection;

    public CopyBack(ProfileSource mirror, ProfileSource dest, RequestPacer pacer, AuditLog audit, Clock clock,
                    String user, String connection) {
        this.mirror = mirror;
        this.dest = dest;
        this.pacer = pacer;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.connection = connection;
    }

    /** The dry run over the mirror's keys in {@code stores} (every store when empty) under {@code prefix}. */
    public CopyPlan plan(List<String> stores, String prefix) {
        List<CopyItem> items = new ArrayList<>();
        LockClassifier locks = new LockClassifier(clock);
        for (String store : stores.isEmpty() ? allStores() : stores) {
            String cursor = null;
            do {
                Page<EntryRef> page = mirror.listKeys(store, null, prefix, cursor, PAGE);
                for (EntryRef ref : page.items()) {
                    StoredEntry m = mirror.read(ref).orElseThrow();
                    pacer.acquire(Category.READ);
                    Optional<StoredEntry> d = dest.read(ref);
                    items.add(new CopyItem(ref, action(m, d, locks), d.map(StoredEntry::version).orElse(null),
                            "planned"));
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return new CopyPlan(items);
    }

    private static CopyAction action(StoredEntry m, Optional<StoredEntry> d, LockClassifier locks) {
        if (d.isEmpty()) {
            return CopyAction.CREATE;
        }
        StoredEntry e = d.get();
        if (Arrays.equals(e.value(), m.value()) && e.userIds().equals(m.userIds())
                && e.attributesJson().equals(m.attributesJson())) {
            return CopyAction.SAME;
        }
        ProfileReading r = ProfileCodec.read(e.value());
        if (r.kind() == Kind.PROFILE && locks.classify(r).status() == LockStatus.ACTIVE) {
            return CopyAction.LIVE;
        }
        return CopyAction.CONFLICT;
    }

    /** Writes the plan; {@code overwrite} also writes CONFLICT keys. Returns the plan with each outcome. */
    public CopyPlan run(CopyPlan plan, boolean versions, boolean overwrite, String reason,
                        BooleanSupplier cancelled) {
        if (dest.capabilities().readOnly()) {
            throw new RefusedException(dest.describe() + " is read-only; nothing was copied.");
        }
        List<CopyItem> out = new ArrayList<>();
        for (CopyItem item : plan.items()) {
            if (cancelled.getAsBoolean()) {
                out.add(item.withOutcome("not done (cancelled)"));
                continue;
            }
            out.add(switch (item.action()) {
                case CREATE -> write(item, versions, Precondition.mustNotExist(), reason);
                case CONFLICT -> overwrite ? write(item, false, Precondition.matchVersion(
                        Objects.requireNonNull(item.destVersion(), "a conflict names the version it met")), reason)
                        : item.withOutcome("skipped (exists with other content)");
                case SAME -> item.withOutcome("skipped (same)");
                case LIVE -> item.withOutcome("skipped (a live server owns it)");
            });
        }
        return new CopyPlan(out);
    }

    private CopyItem write(CopyItem item, boolean versions, Precondition first, String reason) {
        EntryRef ref = item.ref();
        List<StoredEntry> chain = versions ? history(ref) : List.of(mirror.read(ref).orElseThrow());
        Precondition p = first;
        JsonNode before = null;
        String beforeVersion = item.destVersion();
        if (beforeVersion != null) {
            pacer.acquire(Category.READ);
            before = dest.read(ref).map(e -> RobloxJson.parse(e.value())).orElse(null);
        }
        try {
            for (StoredEntry v : chain) {
                pacer.acquire(Category.WRITE);
                WriteResult w = dest.write(new WriteRequest(ref, v.value(), v.userIds(), v.attributesJson(), p));
                JsonNode after = RobloxJson.parse(v.value());
                audit.record(new AuditEntry(clock.instant(), user, connection, ref.store(), ref.scope(), ref.key(),
                        beforeVersion, w.version(), "copy-back", JsonDiff.diff(before == null
                        ? RobloxJson.nodes().objectNode() : before, after), reason));
                p = Precondition.matchVersion(w.version());
                before = after;
                beforeVersion = w.version();
            }
        } catch (VersionConflictException e) {
            return item.withOutcome("not written: it changed since the dry run");
        }
        return item.withOutcome(chain.size() == 1 ? "written" : "written (" + chain.size() + " versions)");
    }

    /** The mirror's versions of a key, oldest first; deleted ones are left out (a copy cannot recreate them). */
    private List<StoredEntry> history(EntryRef ref) {
        List<StoredEntry> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<VersionInfo> page = mirror.listVersions(ref, VersionQuery.all(), cursor, PAGE);
            for (VersionInfo v : page.items()) {
                if (!v.deleted()) {
                    mirror.readVersion(ref, v.version()).ifPresent(out::add);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return out.isEmpty() ? List.of(mirror.read(ref).orElseThrow()) : out;
    }

    private List<String> allStores() {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            var page = mirror.listDataStores("", cursor, PAGE);
            page.items().forEach(s -> out.add(s.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }
}
