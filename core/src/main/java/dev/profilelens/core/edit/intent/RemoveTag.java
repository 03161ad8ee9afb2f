package dev.profilelens.core.edit.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.error.InvalidInputException;

/** Removes a MetaTag. Fails when it is already gone. */
public record RemoveTag(String name) implements Intent {
    public RemoveTag {
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("A MetaTag needs a non-empty name", SetTag.TAGS);
        }
    }

    @Override
    public String path() {
        return JsonPointers.child(SetTag.TAGS, name);
    }

    @Override
    public Change apply(Document doc) {
        JsonNode was = SetTag.tags(this, doc).remove(name);
        if (was == null) {
            throw Failures.gone(this, path());
        }
        return new Change(this, was, null);
    }

    @Override
    public String describe() {
        return "untag";
    }

    @Override
    public String kind() {
        return "untag";
    }
}
