package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.UnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Looks at a store path before anything is opened for writing (ADR 0121): a folder, a file that is not SQLite, a
 * database of another program or of a newer ProfileLens is refused (exit 2) having only been read; a missing or
 * empty file, or an SQLite database with nothing in it, is "nothing yet" and is created or initialised only by the
 * first write.
 */
final class StoreFiles {
    /** What the path holds once the refusals are out of the way. */
    enum Found { NOTHING_YET, STORE }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    private StoreFiles() {
    }

    static Found examine(Path file, boolean readOnly) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("The store path " + file + " is a folder, not a file.");
        }
        if (!Files.exists(file)) {
            if (readOnly) {
                throw new InvalidInputException("The store " + file + " does not exist (opened read-only, so it was "
                        + "not created); for the sandbox run `profilelens sandbox` first.");
            }
            return Found.NOTHING_YET;
        }
        byte[] header = header(file);
        if (header.length == 0 && !hasLog(file)) {
            return nothingYet(file, readOnly, "is empty");
        }
        if (header.length > 0) {
            if (header.length < HEADER_BYTES || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new InvalidInputException("The file " + file + " is not an SQLite database (it is damaged, "
                        + "cut short, or another kind of file); it was left untouched.");
            }
            int appId = ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt();
            int version = ByteBuffer.wrap(header, USER_VERSION_OFFSET, 4).getInt();
            if (appId != 0) {
                SqliteSchema.check(file, appId, version);
                return Found.STORE;
            }
        }
        // the header alone (or an empty file beside a write-ahead log) cannot tell a foreign database from a blank
        // one or from a store whose first pages are still in its log: ask SQLite, through a connection that cannot
        // write
        SqliteSchema.Content content = probe(file);
        return content == SqliteSchema.Content.BLANK ? nothingYet(file, readOnly, "is an empty database")
                : Found.STORE;
    }

    private static Found nothingYet(Path file, boolean readOnly, String what) {
        if (readOnly) {
            throw new InvalidInputException("The file " + file + " " + what + ", not a ProfileLens store: there is "
                    + "nothing to read, and it was opened read-only so it was left as it is.");
        }
        return Found.NOTHING_YET;
    }

    private static SqliteSchema.Content probe(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(SqliteProfileSource.BUSY_TIMEOUT_MS);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return SqliteSchema.inspect(c, file);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    /** The refusal for an SQLite error met while opening: damage is bad input (exit 2), anything else exit 5. */
    static RuntimeException unreadable(Path file, SQLException e) {
        if (e instanceof SQLiteException s && isDamage(s)) {
            return new InvalidInputException("The file " + file + " is not a readable SQLite store (damaged, cut "
                    + "short, or not a database); it was left untouched.", e);
        }
        return new UnavailableException("Cannot open the store " + file + ": " + e.getMessage(), e);
    }

    static boolean isDamage(SQLiteException s) {
        int primary = s.getResultCode().code & 0xFF;
        return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static boolean hasLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the store file " + file + ": " + e.getMessage(), e);
        }
    }
}
