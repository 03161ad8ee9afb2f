package dev.profilelens.core.erase;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where an erase looks besides the connection's own stores, as the CLI's {@code --places}, {@code --ordered} and
 * {@code --mirror} and the erase window's fields give it (one parser for both, so both refuse the same input the
 * same way).
 *
 * @param places       which universe each start place of a webhook request belongs to
 * @param leaderboards ordered data stores to search besides those the connection can list
 * @param mirror       a local copy ({@code sqlite:PATH}) to scan for values naming the user, or null
 */
public record EraseScope(PlaceUniverses places, List<OrderedStoreRef> leaderboards, @Nullable String mirror) {
    /** What each input is called where it was typed, for error messages. */
    public record Fields(String places, String ordered, String mirror) {
        public static final Fields CLI = new Fields("--places", "--ordered", "--mirror");
    }

    public EraseScope {
        leaderboards = List.copyOf(leaderboards);
    }

    public static EraseScope none() {
        return new EraseScope(PlaceUniverses.none(), List.of(), null);
    }

    /**
     * Parses the three inputs (blank means not given). Store names are separated by commas or spaces; a mirror is
     * {@code sqlite:PATH} of an existing file. Bad input names the field and what was wrong; nothing is opened.
     */
    public static EraseScope parse(@Nullable String places, List<String> ordered, @Nullable String mirror,
                                   Fields where) {
        PlaceUniverses map = PlaceUniverses.parse(places, where.places());
        LinkedHashSet<OrderedStoreRef> boards = new LinkedHashSet<>();
        for (String text : ordered) {
            for (String name : text.strip().split("[,\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    Limits.checkName("ordered data store name", name);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("\"" + name + "\" is not an ordered data store name: "
                            + e.getMessage(), where.ordered());
                }
                boards.add(OrderedStoreRef.of(name));
            }
        }
        String copy = mirror == null || mirror.isBlank() ? null : mirror.strip();
        if (copy != null) {
            if (!copy.startsWith("sqlite:") || copy.length() == "sqlite:".length()) {
                throw new InvalidInputException("The mirror to scan is a local copy, sqlite:PATH (got " + copy + ")",
                        where.mirror());
            }
            if (!Files.isRegularFile(Path.of(copy.substring("sqlite:".length())))) {
                throw new InvalidInputException("The mirror to scan, " + copy.substring("sqlite:".length())
                        + ", does not exist (make one with mirror --to sqlite:PATH or File → Mirror to local…)",
                        where.mirror());
            }
        }
        return new EraseScope(map, new ArrayList<>(boards), copy);
    }

    /** The mirror opened read-only, or null when none was given. The caller closes it. */
    public @Nullable ProfileSource openMirror(Providers providers) {
        return mirror == null ? null : providers.openSource(mirror, Map.of("readOnly", "true"));
    }
}
