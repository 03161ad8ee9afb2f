package dev.profilelens.app.composer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.team.StoreTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reusable update / message templates per data store: with a team database set up, the team catalog's update
 * templates for the connection's universe (ADR 0212; only admins may change them, the database refuses anyone else);
 * otherwise {@code templates.json} in the data folder ({@code {"PlayerData": {"AdminGift": {...}}}}, saved
 * atomically). Call off the FX thread.
 */
public final class Templates {
    private final Path file;
    private final TeamTemplates team;

    public Templates(Path file, TeamTemplates team) {
        this.file = file;
        this.team = team;
    }

    /** Where the templates are kept, for the editor to say. */
    public String where() {
        return team.joined() ? "the team catalog" : "this computer";
    }

    public synchronized List<String> names(String universe, String store) {
        if (team.joined()) {
            return team.list(universe, store, StoreTemplate.Kind.UPDATE).stream().map(StoreTemplate::name).toList();
        }
        List<String> out = new ArrayList<>();
        read().path(store).fieldNames().forEachRemaining(out::add);
        return out;
    }

    public synchronized JsonNode get(String universe, String store, String name) {
        if (team.joined()) {
            return team.list(universe, store, StoreTemplate.Kind.UPDATE).stream().filter(t -> t.name().equals(name))
                    .findFirst().map(t -> RobloxJson.parse(t.body())).orElse(RobloxJson.nodes().missingNode());
        }
        return read().path(store).path(name);
    }

    public synchronized void put(String universe, String store, String name, JsonNode data) {
        if (team.joined()) {
            team.save(new StoreTemplate(universe, store, StoreTemplate.Kind.UPDATE, name,
                    RobloxJson.writeString(data)));
            return;
        }
        ObjectNode all = read();
        JsonNode forStore = all.get(store);
        ObjectNode s = forStore instanceof ObjectNode o ? o : all.putObject(store);
        s.set(name, data.deepCopy());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, RobloxJson.prettyReport(all));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the templates to " + file, e);
        }
    }

    private ObjectNode read() {
        try {
            if (!Files.exists(file)) {
                return defaults();
            }
            JsonNode n = RobloxJson.parse(Files.readAllBytes(file));
            return n instanceof ObjectNode o ? o : defaults();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the templates in " + file, e);
        }
    }

    private static ObjectNode defaults() {
        ObjectNode all = RobloxJson.nodes().objectNode();
        for (String store : List.of("PlayerData", "PlayerData_v2")) {
            all.putObject(store).set("AdminGift",
                    RobloxJson.parse("{\"Type\":\"AdminGift\",\"Item\":\"Royal Crown\",\"Coins\":500}"));
        }
        return all;
    }
}
