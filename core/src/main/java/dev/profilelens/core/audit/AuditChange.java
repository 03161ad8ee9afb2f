package dev.profilelens.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One intent of an audited write: where, what (e.g. {@code +500}, {@code set 7}, {@code append {…}}), and the value
 * at that path before and after (null when absent).
 */
public record AuditChange(String path, String intent, @Nullable JsonNode before, @Nullable JsonNode after) {
    public AuditChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(intent, "intent");
    }
}
