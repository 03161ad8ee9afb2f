package dev.profilelens.core.audit.index;

import org.jspecify.annotations.Nullable;

/**
 * Profiles sharing one value of a path; {@code type == null} and {@code value == null} count the profiles
 * lacking the path.
 */
public record GroupCount(@Nullable ValueType type, @Nullable String value, long count) {
}
