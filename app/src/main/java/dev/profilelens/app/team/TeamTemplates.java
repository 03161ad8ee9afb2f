package dev.profilelens.app.team;

import dev.profilelens.app.settings.KeyTemplateSettings;
import dev.profilelens.core.erase.PlaceUniverses;
import dev.profilelens.core.find.KeyTemplate;
import dev.profilelens.core.team.SharedKeyTemplates;
import dev.profilelens.core.team.StoreTemplate;
import dev.profilelens.core.team.TeamSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The team catalog's per-store templates (issue #23 item 4) for the template editors: update templates and the
 * delivery template in the mailbox composer, key templates in the player search. Used only while a team database is
 * set up ({@link #joined()}); then everyone reads them and the database decides who may change them (admins: an
 * editor's or viewer's save is refused with the database's reason). Every call may block: off the FX thread.
 */
public final class TeamTemplates {
    private final Supplier<Optional<TeamConfig>> config;
    private final Function<TeamConfig, TeamSession> opener;

    public TeamTemplates(TeamAccess access) {
        this(access::config, access::open);
    }

    private TeamTemplates(Supplier<Optional<TeamConfig>> config, Function<TeamConfig, TeamSession> opener) {
        this.config = config;
        this.opener = opener;
    }

    /** For one person working alone: no team templates, nothing opened. */
    public static TeamTemplates alone() {
        return new TeamTemplates(Optional::empty, c -> {
            throw new IllegalStateException("no team database is set up");
        });
    }

    /** True when a team database is set up: its catalog holds the templates instead of this computer's files. */
    public boolean joined() {
        return config.get().isPresent();
    }

    /** The universe a connection's templates belong to: its Open Cloud universe id, "" for local connections. */
    public static String universeOf(String connectionSpec) {
        Long u = PlaceUniverses.universeOfSpec(connectionSpec);
        return u == null ? "" : u.toString();
    }

    /** The store's templates of one kind, by name. */
    public List<StoreTemplate> list(String universe, String store, StoreTemplate.Kind kind) {
        return open(s -> s.catalog().templates(universe, store).stream().filter(t -> t.kind() == kind).toList());
    }

    /** Every store's templates of one kind. */
    public List<StoreTemplate> list(String universe, StoreTemplate.Kind kind) {
        return open(s -> s.catalog().templates(universe, kind));
    }

    /**
     * The team's key templates by store for a universe (the player search's per-store overrides); none when no team
     * database is set up.
     */
    public Map<String, List<KeyTemplate>> keyTemplates(String universe) {
        return joined() ? SharedKeyTemplates.byStore(list(universe, StoreTemplate.Kind.KEY)) : Map.of();
    }

    /** Keeps a template in the catalog; the database refuses logins that may not (RefusedException). */
    public void save(StoreTemplate t) {
        open(s -> {
            s.catalog().saveTemplate(t);
            return t;
        });
    }

    /**
     * The key templates a search on a connection uses, by store: the team's (when a team database is set up), over
     * them the ones kept on this computer for the connection.
     */
    public Map<String, List<KeyTemplate>> keyTemplatesFor(String connectionSpec, KeyTemplateSettings kept) {
        return SharedKeyTemplates.withOverrides(keyTemplates(universeOf(connectionSpec)),
                kept.forConnection(connectionSpec));
    }

    /**
     * Makes each given store's key templates in the catalog exactly the ones given (the store's others removed), in
     * one session; refused like {@link #save} for logins that may not. Returns how many templates the stores have.
     */
    public int replaceKeyTemplates(String universe, Map<String, List<KeyTemplate>> byStore) {
        return open(s -> {
            int n = 0;
            for (Map.Entry<String, List<KeyTemplate>> e : byStore.entrySet()) {
                List<String> bodies = e.getValue().stream().map(KeyTemplate::toString).toList();
                for (StoreTemplate old : s.catalog().templates(universe, e.getKey())) {
                    if (old.kind() == StoreTemplate.Kind.KEY && !bodies.contains(old.body().strip())) {
                        s.catalog().deleteTemplate(old);
                    }
                }
                for (String body : bodies) {
                    s.catalog().saveTemplate(new StoreTemplate(universe, e.getKey(), StoreTemplate.Kind.KEY, body,
                            body));
                    n++;
                }
            }
            return n;
        });
    }

    private <T> T open(Function<TeamSession, T> work) {
        TeamConfig c = config.get().orElseThrow(() -> new IllegalStateException("no team database is set up"));
        try (TeamSession s = opener.apply(c)) {
            return work.apply(s);
        }
    }
}
