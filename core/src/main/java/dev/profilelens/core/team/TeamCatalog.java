package dev.profilelens.core.team;

import java.util.List;

/**
 * Shared connection profiles and per-store templates. Everyone reads them; only admins change them (the database
 * refuses anyone else with a {@code RefusedException}).
 */
public interface TeamCatalog {
    List<SharedConnection> connections();

    /** Adds or replaces the profile with this name. */
    void saveConnection(SharedConnection connection);

    void deleteConnection(String name);

    /** The templates for one store of a universe, by kind then name. */
    List<StoreTemplate> templates(String universe, String store);

    /** The templates of one kind for every store of a universe, by store then name. */
    List<StoreTemplate> templates(String universe, StoreTemplate.Kind kind);

    /** Adds or replaces the template with this universe, store, kind and name. */
    void saveTemplate(StoreTemplate template);

    void deleteTemplate(StoreTemplate template);
}
