package dev.profilelens.core.erase;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.UnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where erase reports are kept (ADR 0170): the folder {@code erasure/} beside the audit log in the ProfileLens data
 * folder, one {@code .json} and one {@code .txt} per run, named by the users and the start time. Every audit entry
 * of the run quotes the name, so the log leads to the report. Files are written whole (temporary file, then move).
 */
public final class ReportFiles {
    public static final String FOLDER = "erasure";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private final Path folder;

    /** {@code dataDirectory}: the folder holding the audit log (the data directory of the running app). */
    public ReportFiles(Path dataDirectory) {
        this.folder = dataDirectory.resolve(FOLDER);
    }

    /** The base name of the report for {@code request} started at {@code at} (no extension). */
    public static String name(ErasureRequest request, Instant at) {
        String ids = request.userIds().size() <= 3 ? request.confirmation().replace(',', '-')
                : request.userIds().get(0) + "-and-" + (request.userIds().size() - 1) + "-more";
        return "erase-" + ids + "-" + STAMP.format(at);
    }

    /** Writes the JSON and the text; returns the JSON file. */
    public Path write(String name, EraseReport report) {
        try {
            Files.createDirectories(folder);
            Path json = folder.resolve(name + ".json");
            writeWhole(json, RobloxJson.pretty(report.toJson()));
            writeWhole(folder.resolve(name + ".txt"), report.toText());
            return json;
        } catch (IOException e) {
            throw new UnavailableException("The erase report could not be written to " + folder + ": "
                    + e.getMessage() + ". The deletes are in the audit log.", e);
        }
    }

    private static void writeWhole(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public Path folder() {
        return folder;
    }
}
