package dev.profilelens.app.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The log file: {@code logs/profilelens-0.log} in the data folder, rotated at 2 MB over 5 files. Everything logs
 * through SLF4J (bound to java.util.logging); this handler is the only one on the root logger, so the CLI keeps
 * stderr for its own messages. The file and folder are made at the first record, not before: a command that logs
 * nothing writes nothing.
 */
public final class FileLog extends Handler {
    static final int LIMIT_BYTES = 2 * 1024 * 1024;
    static final int FILES = 5;
    private final Path folder;
    private @Nullable FileHandler file;

    private FileLog(Path folder) {
        this.folder = folder;
        setFormatter(new SimpleFormatter());
    }

    /** Makes this the root logger's only handler (idempotent for the same folder) and returns the log's path. */
    public static synchronized Path install(Path dataFolder) {
        Path folder = dataFolder.resolve("logs");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileLog mine && mine.folder.equals(folder)) {
                return mine.current();
            }
            root.removeHandler(h);
            h.close();
        }
        root.addHandler(new FileLog(folder));
        root.setLevel(Level.INFO);
        return folder.resolve("profilelens-0.log");
    }

    /** The file being written now. */
    public Path current() {
        return folder.resolve("profilelens-0.log");
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        try {
            if (file == null) {
                Files.createDirectories(folder);
                file = new FileHandler(folder.resolve("profilelens-%g.log").toString(), LIMIT_BYTES, FILES, true);
                file.setFormatter(getFormatter());
                file.setEncoding("UTF-8");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the log in " + folder, e);
        }
        file.publish(record);
        file.flush();
    }

    @Override
    public synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
