package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A function from the latest stored value to the value wanted (a jq expression, a batch revert). It may be applied
 * more than once (once per conditional-write attempt) and must not change its argument.
 */
@FunctionalInterface
public interface ValueTransform {
    /** The new value; throws {@link TransformException} with a message for a person when it cannot apply. */
    JsonNode apply(JsonNode latest);

    /** Why a transform could not apply to one value. */
    final class TransformException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TransformException(String message) {
            super(message, null, false, false);
        }
    }
}
