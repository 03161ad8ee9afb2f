package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AppendItem;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.edit.intent.ItemMatch;
import dev.profilelens.core.edit.intent.RemoveItem;
import dev.profilelens.core.edit.intent.RemoveKey;
import dev.profilelens.core.edit.intent.RemoveTag;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The intents of in-place edits in the Data tree and the MetaTags table (#22 item 1, ADR 0201). Pure: the views ask
 * here and hand the intent to the key's editor, where it joins the pending changes.
 */
final class InPlaceIntents {
    private InPlaceIntents() {
    }

    /** A value edited where it is shown: a number as a delta on the value as read, anything else a guarded set. */
    static List<Intent> edit(String path, JsonNode old, JsonNode now) {
        return IntentDiff.between(path, old, now, IntentDiff.Numbers.DELTA);
    }

    /** A new member {@code name} of the table at {@code parentPath}; refused when it is there already. */
    static Intent addKey(String parentPath, JsonNode parent, String name, JsonNode value) {
        if (name.isBlank()) {
            throw new InvalidInputException("Give the new key a name", parentPath);
        }
        if (parent.has(name)) {
            throw new InvalidInputException("\"" + name + "\" is already a key of " + parentPath + "; edit its value "
                    + "instead", JsonPointers.child(parentPath, name));
        }
        return new SetValue(JsonPointers.child(parentPath, name), value, RobloxJson.nodes().missingNode());
    }

    /** Removes a member of a table. */
    static Intent removeKey(String path) {
        return new RemoveKey(path);
    }

    /** Removes an array element by its identity (an id-like field, or equality); never by index. */
    static Intent removeItem(String arrayPath, JsonNode array, JsonNode element) {
        ItemMatch match = ItemMatch.identify(array, element);
        if (match == null) {
            throw new InvalidInputException("This item of " + arrayPath + " has no id and an equal twin: ProfileLens "
                    + "removes items by identity, never by position", arrayPath);
        }
        return new RemoveItem(arrayPath, match);
    }

    /** Appends an item to the array at {@code arrayPath}. */
    static Intent append(String arrayPath, JsonNode item) {
        return new AppendItem(arrayPath, item);
    }

    /** A MetaTag set in the table (added when {@code old} is null). */
    static Intent setTag(String name, JsonNode value, @Nullable JsonNode old) {
        return new SetTag(name, value, old == null ? RobloxJson.nodes().missingNode() : old);
    }

    static Intent removeTag(String name) {
        return new RemoveTag(name);
    }
}
