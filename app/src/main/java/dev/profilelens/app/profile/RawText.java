package dev.profilelens.app.profile;

import dev.profilelens.app.raw.CompactJson;
import dev.profilelens.app.raw.RawContent;
import dev.profilelens.core.store.StoredEntry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The Raw pane's content, laid out from the stored bytes ({@link CompactJson}) and split into lines on
 * {@code formatter}, started once the value is decoded so that it runs while the other panes are shown (ADR 0276).
 * A text that cannot be laid out is shown as stored.
 */
public final class RawText {
    private final CompletableFuture<RawContent> content;

    private RawText(CompletableFuture<RawContent> content) {
        this.content = content;
    }

    static RawText start(@Nullable StoredEntry entry, Executor formatter) {
        byte[] stored = entry == null ? new byte[0] : entry.value();
        return new RawText(CompletableFuture.supplyAsync(() -> RawContent.ofStored(stored), formatter));
    }

    /** For the Raw pane: completes on the formatter. */
    public CompletableFuture<RawContent> content() {
        return content;
    }

    /** The text the Raw pane shows; waits for the formatter. */
    String text() {
        return content.join().text();
    }
}
