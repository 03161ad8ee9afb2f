package dev.profilelens.app.team;

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

    public TeamTemplates(Supplier<Optional<TeamConfig>> config) {
        this.config = config;
    }

    /** Templates from the settings' team database (Settings → Team), read each time so a join or leave counts. */
    public static TeamTemplates configured() {
        return new TeamTemplates(TeamConfig::load);
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

    /** Removes a template from the catalog; refused like {@link #save} for logins that may not. */
    public void delete(StoreTemplate t) {
        open(s -> {
            s.catalog().deleteTemplate(t);
            return t;
        });
    }

    private <T> T open(Function<TeamSession, T> work) {
        TeamConfig c = config.get().orElseThrow(() -> new IllegalStateException("no team database is set up"));
        try (TeamSession s = TeamAccess.open(c)) {
            return work.apply(s);
        }
    }
}
