package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a load does when another server holds the lock (spec §3.1): ForceLoad (ask, then steal after the maximum
 * steps), Steal (take it at once), or a function of the owner's PlaceId/JobId deciding per attempt.
 */
public final class LoadHandler {
    /** A handler function's answer. */
    public enum Decision { REPEAT, CANCEL, FORCE_LOAD, STEAL }

    /** The function form; called on the scheduler thread with the owner's PlaceId and JobId. */
    @FunctionalInterface
    public interface Function {
        Decision decide(JsonNode placeId, JsonNode jobId);
    }

    private static final LoadHandler FORCE_LOAD = new LoadHandler(Decision.FORCE_LOAD, null);
    private static final LoadHandler STEAL = new LoadHandler(Decision.STEAL, null);

    private final Decision mode;
    private final @Nullable Function function;

    private LoadHandler(Decision mode, @Nullable Function function) {
        this.mode = mode;
        this.function = function;
    }

    public static LoadHandler forceLoad() {
        return FORCE_LOAD;
    }

    public static LoadHandler steal() {
        return STEAL;
    }

    public static LoadHandler function(Function function) {
        return new LoadHandler(Decision.REPEAT, Objects.requireNonNull(function, "function"));
    }

    Decision mode() {
        return mode;
    }

    @Nullable Function function() {
        return function;
    }
}
