package dev.profilelens.app.connection;

import java.util.List;

/**
 * Connection profiles a whole team shares (issue #23 item 4): name, universe, colour and safety level, never an API
 * key. Every call may block on the team database: run them off the FX thread.
 */
public interface SharedConnections {
    /** None: one person alone, no team database joined. */
    SharedConnections NONE = new SharedConnections() {
        @Override
        public boolean joined() {
            return false;
        }

        @Override
        public List<Connection> load() {
            return List.of();
        }

        @Override
        public void share(Connection c) {
            throw new IllegalStateException("No team database is set up (Settings → Team)");
        }

        @Override
        public void unshare(String name) {
            throw new IllegalStateException("No team database is set up (Settings → Team)");
        }
    };

    /** True when a team database is set up. */
    boolean joined();

    /** The team's connections. */
    List<Connection> load();

    /** Adds or replaces a team connection (admins only; the database refuses others). */
    void share(Connection c);

    /** Removes a team connection (admins only). */
    void unshare(String name);

    /** Only Open Cloud connections can be shared: a local file or the sandbox means something else on each machine. */
    static boolean shareable(Connection c) {
        return c.spec().startsWith("opencloud:");
    }
}
