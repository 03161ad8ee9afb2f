package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentText;
import dev.profilelens.core.edit.intent.ItemMatch;
import dev.profilelens.core.edit.intent.PathText;
import dev.profilelens.core.edit.intent.RemoveItem;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The INTENT options of {@code edit} (cli.md "Live-ops commands"), kept in the order given and parsed when the
 * command runs; errors name the option and its argument (exit 2).
 */
final class IntentOptions {
    private final List<String[]> given = new ArrayList<>();
    private final List<Intent> intents = new ArrayList<>();
    private @Nullable String pendingRemoveItem;

    @Option(names = "--set", paramLabel = "PATH=JSON", description = "Set the value at PATH.")
    void setOption(String arg) {
        given.add(new String[] {"set", arg});
    }


    @Option(names = "--add", paramLabel = "PATH=NUMBER", description = "Add a number (may be negative) to PATH.")
    void addOption(String arg) {
        given.add(new String[] {"add", arg});
    }


    @Option(names = "--append", paramLabel = "PATH=JSON", description = "Append an item to the array at PATH.")
    void appendOption(String arg) {
        given.add(new String[] {"append", arg});
    }


    @Option(names = "--remove", paramLabel = "PATH",
            description = "Remove the member at PATH, or the array item a last step [FIELD=JSON] selects.")
    void removeOption(String path) {
        given.add(new String[] {"remove", path});
    }


    @Option(names = "--remove-item", paramLabel = "PATH",
            description = "Remove the element of the array at PATH identified by the following --match.")
    void removeItemOption(String path) {
        given.add(new String[] {"removeItem", path});
    }

    private void removeItem(String path) {
        requireNoPending();
        pendingRemoveItem = PathText.pointer(path, "--remove-item");
    }

    @Option(names = "--match", paramLabel = "FIELD=JSON",
            description = "The element whose FIELD equals JSON (or a whole JSON value: the element equal to it).")
    void matchOption(String arg) {
        given.add(new String[] {"match", arg});
    }

    private void match(String arg) {
        String path = pendingRemoveItem;
        if (path == null) {
            throw new InvalidInputException("--match " + arg + " must follow a --remove-item PATH", "--match");
        }
        int eq = arg.indexOf('=');
        String field = eq > 0 ? arg.substring(0, eq) : null;
        ItemMatch m = field != null && field.matches("[A-Za-z_][A-Za-z0-9_]*")
                ? ItemMatch.byField(field, json("--match", arg.substring(eq + 1))) : ItemMatch.equalTo(json("--match",
                arg));
        intents.add(new RemoveItem(path, m));
        pendingRemoveItem = null;
    }

    @Option(names = "--tag", paramLabel = "NAME=JSON", description = "Set a MetaTag.")
    void tagOption(String arg) {
        given.add(new String[] {"tag", arg});
    }


    @Option(names = "--untag", paramLabel = "NAME", description = "Remove a MetaTag.")
    void untagOption(String name) {
        given.add(new String[] {"untag", name});
    }


    /** Whether any intent option was given. */
    boolean any() {
        return !given.isEmpty();
    }

    /** The intents in the order given; at least one. */
    List<Intent> intents() {
        intents.clear();
        pendingRemoveItem = null;
        for (String[] g : given) {
            parse(g[0], g[1]);
        }
        requireNoPending();
        if (intents.isEmpty()) {
            throw new InvalidInputException("Give at least one intent: --set, --add, --append, --remove, "
                    + "--remove-item with --match, --tag or --untag", "INTENT");
        }
        return List.copyOf(intents);
    }

    private void parse(String kind, String arg) {
        switch (kind) {
            case "removeItem" -> removeItem(arg);
            case "match" -> match(arg);
            default -> intents.add(IntentText.one(kind, arg, "--" + kind));
        }
    }

    private void requireNoPending() {
        if (pendingRemoveItem != null) {
            throw new InvalidInputException("--remove-item " + pendingRemoveItem + " needs a --match FIELD=JSON "
                    + "after it (items are matched by identity, never by index)", "--remove-item");
        }
    }

    private static JsonNode json(String option, String text) {
        try {
            return RobloxJson.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(option + " " + text + ": not JSON (" + e.getMessage()
                    + "); quote strings, e.g. '\"Royal Crown\"'", option);
        }
    }
}
