package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into user messages that name the file. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static InspectorException wrap(Path file, String action, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new InspectorException("The file " + file + " is damaged or not a SQLite database (" + action
                    + " failed: " + e.getMessage() + "); it was not changed — restore it from a backup or pick "
                    + "another file", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new UnavailableException("The store " + file + " stayed locked by another process (" + action
                    + "); try again", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new RefusedException("The store " + file + " is read-only; " + action + " refused");
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new UnavailableException("Cannot open the store " + file + ": " + e.getMessage(), e);
        }
        return new InspectorException("The store " + file + " failed (" + action + "): " + e.getMessage(), e);
    }
}
