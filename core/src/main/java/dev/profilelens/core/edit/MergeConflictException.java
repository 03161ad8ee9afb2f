package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.error.ConflictException;
import java.util.List;

/**
 * Someone changed the same places as the user since the value was read. Nothing was written. Carries what the
 * merge view needs: the value and version stored now ({@code theirs}), and the conflicting paths.
 */
public class MergeConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final transient JsonNode theirs;
    private final String theirsVersion;
    private final List<String> paths;

    public MergeConflictException(String key, JsonNode theirs, String theirsVersion, List<String> paths) {
        super("The profile " + key + " was changed by someone else at " + String.join(", ", paths)
                + " while you edited the same places. Nothing was written; resolve the conflicts and save again.");
        this.theirs = theirs;
        this.theirsVersion = theirsVersion;
        this.paths = List.copyOf(paths);
    }

    public JsonNode theirs() {
        return theirs;
    }

    public String theirsVersion() {
        return theirsVersion;
    }

    public List<String> paths() {
        return paths;
    }
}
