package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.settings.KeyTemplateSettings;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.FindPlayer;
import dev.profilelens.core.find.FindReport;
import dev.profilelens.core.find.KeyTemplate;
import dev.profilelens.core.find.KeyTemplates;
import dev.profilelens.core.find.PlayerFinder;
import dev.profilelens.core.find.PlayerQuery;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.team.SharedKeyTemplates;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens find USERID | @USERNAME [--stores S,…]}: one JSON line per place the player's data lives. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Find every place a player's data lives, across stores, scopes and dialects: keys given by "
                + "each store's key templates (detected from the keys seen, e.g. Player_{id} or {id}; --template "
                + "sets them), DataStore2 per-player stores (ds2:MASTER/USERID) and keys whose UserIds list the "
                + "player (where the source keeps an index of it). @USERNAME is looked up through the Users API "
                + "(the sandbox's own players for local stores); that never spends the data-store budget.",
            "Prints one JSON line per place: {\"store\",\"scope\",\"key\",\"dialect\",\"kind\",\"lock\",\"via\"}. "
                + "With no place found, stderr says what was searched and lists the nearest existing keys."})
final class FindCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "USERID|@USERNAME")
    String player;

    @Option(names = "--stores", split = ",", paramLabel = "S", description = "Only these stores (comma-separated).")
    List<String> stores = new ArrayList<>();

    @Option(names = "--template", paramLabel = "STORE=TEMPLATE", description = "Key template of a store, e.g. "
            + "PlayerData=Player_{id} (repeatable; replaces the detected or saved ones for that store).")
    List<String> templates = new ArrayList<>();

    @Option(names = "--save-templates", description = "Remember the --template values for this --source (the app's "
            + "find uses them too); without --template, forgets them (back to detection).")
    boolean saveTemplates;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        PlayerQuery query = PlayerQuery.parse(player, "USERID|@USERNAME");
        KeyTemplateSettings saved = new KeyTemplateSettings(source.env.file(KeyTemplateSettings.FILE),
                source.env.clock(), spec.commandLine().getErr()::println);
        Map<String, List<KeyTemplate>> given = KeyTemplates.parse(templates, "--template");
        if (saveTemplates) {
            saved.put(source.spec, given);
        }
        // per store: the team's key templates (when a team database is set up), over them the ones saved for this
        // connection (Settings, the app's find window), over both --template
        Map<String, List<KeyTemplate>> overrides = SharedKeyTemplates.withOverrides(
                new TeamTemplates(source.env.team()).keyTemplatesFor(source.spec, saved), given);
        Set<String> only = new LinkedHashSet<>(stores);
        try (ProfileSource s = open()) {
            PlayerFinder finder = new PlayerFinder(s, new StoreCatalog(s, overrides), source.env.clock());
            FindPlayer find = new FindPlayer(finder, () -> source.env.providers().userDirectory(source.spec));
            FindPlayer.Result result = find.findResolved(query, only);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (query.username() != null) {
                err.println(query.username() + " is UserId " + result.resolved().id());
            }
            FindReport r = result.report();
            r.hits().forEach(h -> out.println(toJson(h)));
            if (r.isEmpty()) {
                err.println(r.emptyExplanation());
            } else {
                r.notes().forEach(n -> err.println("note: " + n));
            }
        }
        return 0;
    }

    /** Read-only; a store from an older ProfileLens is opened for writing once so it gains the UserIds index. */
    private ProfileSource open() {
        try {
            return source.openReadOnly();
        } catch (InspectorException e) {
            if (e.userMessage().contains("older schema")) {
                return source.open();
            }
            throw e;
        }
    }

    static ObjectNode toJson(FindHit h) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("store", h.store());
        o.put("scope", h.scope());
        o.put("key", h.key());
        o.put("dialect", h.dialect());
        o.put("kind", h.kind());
        if (h.lock() == null) {
            o.putNull("lock");
        } else {
            o.put("lock", h.lock());
        }
        o.put("via", h.via());
        return o;
    }
}
