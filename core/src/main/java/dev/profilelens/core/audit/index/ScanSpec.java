package dev.profilelens.core.audit.index;

import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to index: the keys of {@code store} (one scope, or every scope when null) starting with {@code prefix}, and
 * the JSON paths to extract. A path ending in {@code /*} stands for every key of the table at that path
 * (the default {@code /MetaData/MetaTags/*} indexes every MetaTag).
 */
public record ScanSpec(String store, @Nullable String scope, String prefix, List<String> paths) {
    public static final String ALL_META_TAGS = "/MetaData/MetaTags/*";

    public ScanSpec {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(prefix, "prefix");
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new InvalidInputException("choose at least one JSON path to index", "--path");
        }
        for (String p : paths) {
            if (!p.startsWith("/") || p.length() < 2) {
                throw new InvalidInputException("an indexed path must be a JSON Pointer such as "
                        + "/MetaData/MetaTags/DataVersion", p);
            }
        }
    }

    public static ScanSpec metaTags(String store, @Nullable String scope, String prefix) {
        return new ScanSpec(store, scope, prefix, List.of(ALL_META_TAGS));
    }

    /** A stable one-line form, stored with the index to tell whether a resume continues the same scan. */
    public String describe() {
        return store + "\n" + (scope == null ? "*" : scope) + "\n" + prefix + "\n" + String.join("\n", paths);
    }
}
