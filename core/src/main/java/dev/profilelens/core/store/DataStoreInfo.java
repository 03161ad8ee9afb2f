package dev.profilelens.core.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A data store as listed; the creation time is optional (Roblox sometimes omits it). */
public record DataStoreInfo(String name, @Nullable Instant created) {
}
