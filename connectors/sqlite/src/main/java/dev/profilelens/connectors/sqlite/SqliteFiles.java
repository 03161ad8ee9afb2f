package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.UnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/** Opens store files: checks the header first, then connects with WAL, a busy timeout and NORMAL sync. */
final class SqliteFiles {
    static final int BUSY_TIMEOUT_MS = 15_000;
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFiles() {
    }

    static boolean isReadOnlyFile(Path file) {
        return Files.exists(file) && !Files.isWritable(file);
    }

    static Connection connect(Path file, boolean readOnly) {
        checkFile(file, readOnly);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw SqliteErrors.wrap(file, "open", e);
        }
    }

    private static void checkFile(Path file, boolean readOnly) {
        try {
            if (!Files.exists(file)) {
                if (readOnly) {
                    throw new UnavailableException("The store " + file + " does not exist (opened read-only)");
                }
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                return;
            }
            if (Files.isDirectory(file)) {
                throw new InspectorException("The store path " + file + " is a folder, not a file");
            }
            if (Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < HEADER.length || !Arrays.equals(head, HEADER)) {
                throw new InspectorException("The file " + file + " is not a SQLite database (damaged, or some "
                        + "other kind of file); it was not changed — restore it from a backup or pick another file");
            }
        } catch (IOException e) {
            throw new UnavailableException("Cannot read the store " + file + ": " + e.getMessage(), e);
        }
    }
}
