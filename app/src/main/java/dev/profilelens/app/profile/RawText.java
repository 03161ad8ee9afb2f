package dev.profilelens.app.profile;

import dev.profilelens.app.raw.CompactJson;
import dev.profilelens.core.store.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The Raw pane's text, laid out from the stored bytes ({@link CompactJson}) on {@code formatter} as soon as the
 * bytes are read, so a large value is formatted while it is decoded rather than after (the layout needs the text,
 * not the tree).
 */
public final class RawText {
    private final String stored;
    private final CompletableFuture<String> laidOut;

    private RawText(String stored, CompletableFuture<String> laidOut) {
        this.stored = stored;
        this.laidOut = laidOut;
    }

    static RawText start(@Nullable StoredEntry entry, Executor formatter) {
        String stored = entry == null ? "" : new String(entry.value(), StandardCharsets.UTF_8);
        return new RawText(stored, CompletableFuture.supplyAsync(() -> CompactJson.pretty(stored), formatter));
    }

    /** The text exactly as stored. */
    String stored() {
        return stored;
    }

    /** The laid-out text; waits for the formatter; the stored text when it could not be laid out. */
    String laidOut() {
        try {
            return laidOut.join();
        } catch (CompletionException e) {
            return stored;
        }
    }
}
