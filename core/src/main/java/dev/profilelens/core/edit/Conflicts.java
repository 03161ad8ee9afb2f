package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.IntentFailure;
import dev.profilelens.core.edit.intent.ItemPaths;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.store.EntryRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the conflict outcomes of the save use case. */
public final class Conflicts {
    private Conflicts() {
    }

    static SaveResult.Conflict of(EditRequest request, IntentFailedException e, @Nullable JsonNode latest,
                                  @Nullable String version) {
        return of(request.base(), e, latest, version);
    }

    /** The intents that cannot apply to {@code latest}, each with the value read ({@code read}) and stored now. */
    public static SaveResult.Conflict of(@Nullable JsonNode read, IntentFailedException e, @Nullable JsonNode latest,
                                         @Nullable String version) {
        List<SaveResult.PathConflict> paths = new ArrayList<>();
        for (IntentFailure f : e.failures()) {
            String path = f.intent().path();
            JsonNode base = read == null ? null : at(read, path);
            JsonNode theirs = latest == null ? null : at(latest, path);
            paths.add(new SaveResult.PathConflict(path, f.intent().kind() + " " + f.intent().describe(), f.reason(),
                    base, mine(f, base), theirs, f.describe()));
        }
        return new SaveResult.Conflict(paths, latest, version, e.userMessage());
    }

    static SaveResult.Conflict staleVersion(EntryRef ref, String expected, @Nullable JsonNode latest,
                                            @Nullable String version) {
        return new SaveResult.Conflict(List.of(), latest, version, "The value of " + ref.key()
                + " changed since version " + expected + " (now " + (version == null ? "missing" : version)
                + "); nothing was written. Read it again, or leave out --expect-version to apply the edit to the "
                + "latest value.");
    }

    private static @Nullable JsonNode mine(IntentFailure f, @Nullable JsonNode base) {
        if (f.intent() instanceof SetValue s) {
            return s.value();
        }
        if (f.intent() instanceof SetTag t) {
            return t.value();
        }
        return null;
    }

    private static @Nullable JsonNode at(JsonNode root, String path) {
        return ItemPaths.at(root, path);
    }
}
