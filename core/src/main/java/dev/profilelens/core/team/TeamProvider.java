package dev.profilelens.core.team;


/** Opens team databases; a connector registers one with ServiceLoader. */
public interface TeamProvider {
    /** Connects, checking login, schema version and role; failures name what is wrong. */
    TeamSession connect(TeamSettings settings);

    /** Creates or upgrades the team schema, connected as its owner; returns the schema version. */
    int setUp(TeamSettings owner);
}
