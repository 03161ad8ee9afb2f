package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Applies a list of intents to a value: all of them, or none (every failure reported). */
public final class Intents {
    private Intents() {
    }

    /**
     * Applies the intents in order to a copy of {@code latest} (null = missing key). Throws
     * {@link IntentFailedException} listing every intent that cannot apply; {@code latest} is never changed.
     */
    public static Applied apply(@Nullable JsonNode latest, List<Intent> intents) {
        return run(new Document(latest == null ? RobloxJson.nodes().missingNode() : latest.deepCopy()), intents);
    }

    /**
     * What the intents would change in {@code latest}, worked out on a copy-on-write {@link Document}: only the
     * tables and arrays on the intents' paths are copied, not the whole value (the editor asks this at every typing
     * pause on a 1 MB value; ADR 0253). {@code latest} is never changed; the changes' values may share its nodes and
     * are for reading. Throws as {@link #apply} does.
     */
    public static List<Change> changes(@Nullable JsonNode latest, List<Intent> intents) {
        return run(Document.copyOnWrite(latest == null ? RobloxJson.nodes().missingNode() : latest), intents)
                .changes();
    }

    private static Applied run(Document doc, List<Intent> intents) {
        List<Change> changes = new ArrayList<>(intents.size());
        List<IntentFailure> failures = new ArrayList<>();
        for (Intent i : intents) {
            try {
                changes.add(doc.apply(i));
            } catch (IntentFailedException e) {
                failures.addAll(e.failures());
            }
        }
        if (!failures.isEmpty()) {
            throw new IntentFailedException(failures);
        }
        return new Applied(doc.root(), changes);
    }

    /** One line per intent, e.g. {@code /Data/Coins +500}. */
    public static List<String> describe(List<Intent> intents) {
        return intents.stream().map(i -> (i.path().isEmpty() ? "(whole value)" : i.path()) + " " + i.describe())
                .toList();
    }
}
