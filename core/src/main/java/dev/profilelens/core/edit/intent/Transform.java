package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Applies a {@link ValueTransform} to the whole latest value, like {@code UpdateAsync}'s transform. What belongs to
 * the libraries is never taken from the result: the session lock ({@code ActiveSession}, {@code ForceLoadSession})
 * and the mailbox ({@code GlobalUpdates}) stay as stored. A result that is not a table, or a transform that throws,
 * fails this intent (the key is reported, nothing written).
 *
 * @param label what the transform is, for the audit log and dry runs (e.g. {@code jq .Data.Coins += 5})
 */
public record Transform(String label, ValueTransform transform) implements Intent {
    public Transform {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(transform, "transform");
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public Change apply(Document doc) {
        JsonNode before = doc.root();
        if (!(before instanceof ObjectNode)) {
            throw fail("the stored value is " + Pointer.typeOf(before.isMissingNode() ? null : before)
                    + ", not a table", before);
        }
        JsonNode next;
        try {
            next = transform.apply(before.deepCopy());
        } catch (ValueTransform.TransformException e) {
            throw fail(Objects.requireNonNullElse(e.getMessage(), "the transform failed"), before);
        }
        if (!(next instanceof ObjectNode obj)) {
            throw fail("the result is " + Pointer.typeOf(next) + ", not a table", before);
        }
        ObjectNode kept = obj.deepCopy();
        keepLibraryFields((ObjectNode) before, kept);
        doc.replace(kept);
        return new Change(this, before, kept);
    }

    private static void keepLibraryFields(ObjectNode stored, ObjectNode result) {
        copyOrRemove(stored, result, "GlobalUpdates");
        for (String name : new String[] {"MetaData", "Metadata"}) {
            if (stored.get(name) instanceof ObjectNode m && result.get(name) instanceof ObjectNode rm) {
                copyOrRemove(m, rm, "ActiveSession");
                copyOrRemove(m, rm, "ForceLoadSession");
            }
        }
    }

    private static void copyOrRemove(ObjectNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field).deepCopy());
        } else {
            to.remove(field);
        }
    }

    private IntentFailedException fail(String message, JsonNode found) {
        return new IntentFailedException(new IntentFailure(this, IntentFailure.Reason.TRANSFORM_FAILED, message,
                found.isMissingNode() ? null : found));
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public String kind() {
        return "transform";
    }
}
