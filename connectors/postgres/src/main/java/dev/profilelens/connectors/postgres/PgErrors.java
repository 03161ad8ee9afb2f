package dev.profilelens.connectors.postgres;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Turns PostgreSQL failures into messages that say what is wrong (SQLSTATE classes, PostgreSQL appendix A). */
final class PgErrors {
    /** What a refused write says when the log cannot be reached. */
    static final String UNREACHABLE = "the team log is unreachable; nothing was written";

    private PgErrors() {
    }

    /** True when the failure is the connection, not the statement: the server or the network is gone. */
    static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P") || "53300".equals(state)
                || e instanceof SQLTransientConnectionException;
    }

    /** A failure while recording a write: the write must not be made. */
    static InspectorException writeRefused(String url, SQLException e) {
        if (isConnectionLoss(e)) {
            return new UnavailableException(capital(UNREACHABLE) + " (" + url + ": " + e.getMessage() + ")", e);
        }
        if ("42501".equals(e.getSQLState())) {
            RefusedException r = new RefusedException("Your team database role cannot record writes (viewer), so "
                    + "ProfileLens cannot write game data; nothing was written.");
            r.initCause(e);
            return r;
        }
        return new InspectorException("The team log refused the entry; nothing was written: " + e.getMessage(), e);
    }

    /** A failure while reading or connecting. */
    static InspectorException readFailed(String what, String url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if ("28P01".equals(state) || "28000".equals(state)) {
            return new InvalidInputException("The team database at " + url + " refused the login: "
                    + e.getMessage(), "team user/password");
        }
        if ("3D000".equals(state)) {
            return new InvalidInputException("The team database in " + url + " does not exist: " + e.getMessage(),
                    "team URL");
        }
        if ("42501".equals(state)) {
            RefusedException r = new RefusedException("Your team database role has no right to " + what + ": "
                    + e.getMessage());
            r.initCause(e);
            return r;
        }
        if (isConnectionLoss(e)) {
            return new UnavailableException("The team database at " + url + " is unreachable (" + what + "): "
                    + e.getMessage(), e);
        }
        return new InspectorException("Could not " + what + " in the team database " + url + ": " + e.getMessage(),
                e);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
