package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.SharingParser;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.ItemPaths;
import dev.profilelens.core.edit.intent.Intents;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the editor's text means, worked out off the FX thread: the whole value it would store, or the first problem
 * with its line and column (bad JSON) or JSON path (NaN, mixed tables, sizes); and the changes against the base.
 *
 * @param edited  the whole value to store; null when the text has a problem
 * @param problem a message for people; null when the text is fine
 * @param line    1-based line of a syntax error, else 0
 * @param column  1-based column of a syntax error, else 0
 * @param changes one line per change: the operation and its path
 * @param patch   the RFC 6902 patch from the base, pretty, for the save confirmation
 * @param inline  a line diff of the text as opened against the text now ({@link LineDiff})
 * @param intents what Save sends: the text's intents turned by the user's choices, then the explicit ones (for a
 *                profile's Data and MetaTags, in the order of {@code changes})
 * @param pending each intent applied to the value as read: the value at its path before → after
 */
public record Analysis(@Nullable JsonNode edited, @Nullable String problem, int line, int column,
                       List<String> changes, String patch, String inline, List<Intent> intents,
                       List<Change> pending) {
    private static final Pattern WHERE = Pattern.compile("line (\\d+), column (\\d+)");

    public Analysis {
        changes = List.copyOf(changes);
        intents = List.copyOf(intents);
        pending = List.copyOf(pending);
    }

    /** Nothing to save yet: the value as read. */
    static Analysis unchanged(@Nullable JsonNode base) {
        return new Analysis(base, null, 0, 0, List.of(), "", "", List.of(), List.of());
    }

    public static Analysis of(EditTarget target, String text) {
        return of(target, text, text, EditChoices.NONE);
    }

    /** The analysis of {@code text}, with its line diff against {@code original} (the text as opened). */
    public static Analysis of(EditTarget target, String original, String text) {
        return of(target, original, text, EditChoices.NONE);
    }

    /** As {@link #of(EditTarget, String, String)}, with the intents and choices made outside the text. */
    public static Analysis of(EditTarget target, String original, String text, EditChoices choices) {
        JsonNode read = target.base();
        JsonNode parsed;
        try {
            // the parts the text did not change are the value as read, not new nodes: an analysis makes and keeps
            // little new (ADR 0253, 0255)
            parsed = SharingParser.parse(text, read == null ? null : target.editsDataOnly() ? asRead(read) : read);
        } catch (InvalidInputException e) {
            Matcher m = WHERE.matcher(e.userMessage());
            boolean at = m.find();
            return problem(e.userMessage(), at ? Integer.parseInt(m.group(1)) : 0,
                    at ? Integer.parseInt(m.group(2)) : 0);
        }
        JsonNode edited = parsed;
        if (target.editsDataOnly()) {
            String wrong = shapeProblem(parsed);
            if (wrong != null) {
                return problem(wrong, 0, 0);
            }
            // the value as read with the text's Data and MetaTags: new top and meta tables, the rest shared (read only)
            ObjectNode whole = shallow((ObjectNode) Objects.requireNonNull(target.base(), "a Data edit has a base"));
            whole.set("Data", parsed.get("Data"));
            ProfileCodec.MetaNames names = ProfileCodec.metaNamesOf(whole);
            if (whole.get(names.table()) instanceof ObjectNode m) {
                ObjectNode meta = shallow(m);
                meta.set(names.tags(), parsed.get("MetaTags"));
                whole.set(names.table(), meta);
            }
            edited = whole;
        }
        try {
            if (target.editsDataOnly()) {
                Validator.validateProfile(edited);
            } else {
                Validator.validateStored(edited);
            }
        } catch (InvalidInputException e) {
            String path = e.path();
            return problem(e.userMessage() + (path == null || path.isEmpty() ? "" : " (at " + path + ")"), 0, 0);
        }
        JsonNode base = target.base() == null ? RobloxJson.nodes().nullNode() : target.base();
        JsonNode patch = JsonDiff.diff(base, edited);
        List<Intent> fromText = text.equals(original) && target.base() == null ? List.of()
                : IntentDiff.derive(target.base(), edited, IntentDiff.Numbers.DELTA);
        List<Intent> intents = choices.apply(fromText, target.base());
        List<String> changes = new ArrayList<>();
        if (target.editsDataOnly()) {
            intents.forEach(i -> changes.add(describe(i, base)));
        } else {
            for (JsonNode op : patch) {
                changes.add(op.path("op").asText() + "  " + op.path("path").asText());
            }
            choices.explicit().forEach(i -> changes.add(describe(i, base)));
        }
        List<Change> pending;
        try {
            pending = Intents.changes(target.base(), intents);
        } catch (IntentFailedException e) {
            return problem(e.userMessage(), 0, 0);
        }
        return new Analysis(edited, null, 0, 0, changes, RobloxJson.prettyReport(patch),
                LineDiff.inline(original, text), intents, pending);
    }

    /**
     * One pending change as the user meant it, with the value as read: {@code /Data/Coins +500 (was 153608)},
     * {@code /Data/Name set "y" (was "x")}, {@code /Data/Inventory append {…}}.
     */
    static String describe(Intent i, JsonNode base) {
        JsonNode was = ItemPaths.at(base, i.path());
        boolean valued = i instanceof AddDelta || i instanceof SetValue || i instanceof SetTag;
        return i.summary() + (valued ? " (was " + Change.text(was) + ")" : "");
    }

    /** What a profile's editor shows: {@code {"Data": …, "MetaTags": …}} taken from the whole value. */
    public static JsonNode editable(JsonNode whole) {
        ObjectNode out = RobloxJson.nodes().objectNode();
        out.set("Data", whole.path("Data").deepCopy());
        JsonNode tags = tagsOf(whole);
        out.set("MetaTags", tags.isMissingNode() ? RobloxJson.nodes().objectNode() : tags.deepCopy());
        return out;
    }

    /** The MetaTags table of a whole profile value (under either library's spelling), or a missing node. */
    static JsonNode tagsOf(JsonNode whole) {
        ProfileCodec.MetaNames names = ProfileCodec.metaNamesOf(whole);
        return whole.path(names.table()).path(names.tags());
    }

    /** What {@link #editable} shows of the whole value, as its own nodes (not copies), to be read only. */
    private static JsonNode asRead(JsonNode whole) {
        ObjectNode out = RobloxJson.nodes().objectNode();
        JsonNode data = whole.path("Data");
        JsonNode tags = tagsOf(whole);
        if (!data.isMissingNode()) {
            out.set("Data", data);
        }
        if (!tags.isMissingNode()) {
            out.set("MetaTags", tags);
        }
        return out;
    }

    /** A new table with the same members (not copies of them). */
    private static ObjectNode shallow(ObjectNode table) {
        ObjectNode copy = RobloxJson.nodes().objectNode();
        copy.setAll(table);
        return copy;
    }

    private static @Nullable String shapeProblem(JsonNode parsed) {
        if (!parsed.isObject() || !parsed.has("Data") || !parsed.has("MetaTags")) {
            return "The text must be an object with \"Data\" and \"MetaTags\" (the parts of a profile you can edit "
                    + "here)";
        }
        for (var it = parsed.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("Data") && !name.equals("MetaTags")) {
                return "Only Data and MetaTags can be edited here; remove \"" + name + "\"";
            }
        }
        JsonNode tags = parsed.get("MetaTags");
        if (!tags.isObject() && !(tags.isArray() && tags.isEmpty())) {
            return "MetaTags must be a table of named tags (at /MetaTags)";
        }
        return null;
    }

    static Analysis problem(String message, int line, int column) {
        return new Analysis(null, message, line, column, List.of(), "", "", List.of(), List.of());
    }
}
