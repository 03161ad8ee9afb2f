package dev.profilelens.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.find.KeyTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code find}'s key templates as the user set them, per connection (issue #20 item 1): {@code key-templates.json} in
 * the data folder, {@code {"SOURCE SPEC": {"STORE": ["Player_{id}", …]}}}, keyed by the connection's source spec
 * ({@code sandbox}, {@code opencloud:123}) so the app's search box and {@code profilelens find --source SPEC} use the
 * same ones. A store without an entry keeps the detected templates. Written atomically; a damaged file is moved
 * aside unchanged ({@link JsonFile}), never overwritten. Blocking: off the FX thread.
 */
public final class KeyTemplateSettings {
    public static final String FILE = "key-templates.json";
    private final Path file;
    private final Clock clock;
    private final Consumer<String> problems;

    public KeyTemplateSettings(Path file, Clock clock, Consumer<String> problems) {
        this.file = file;
        this.clock = clock;
        this.problems = problems;
    }


    /** The templates set for {@code spec}'s stores (empty when none); a template that no longer parses is reported. */
    public synchronized Map<String, List<KeyTemplate>> forConnection(String spec) {
        Map<String, List<KeyTemplate>> out = new LinkedHashMap<>();
        JsonNode stores = all().map(a -> a.get(spec)).orElse(null);
        if (stores == null || !stores.isObject()) {
            return out;
        }
        stores.fields().forEachRemaining(e -> {
            List<KeyTemplate> list = new ArrayList<>();
            for (JsonNode t : e.getValue()) {
                try {
                    list.add(KeyTemplate.parse(t.asText()));
                } catch (InspectorException bad) {
                    problems.accept(file.getFileName() + ": " + spec + " / " + e.getKey() + ": " + bad.userMessage()
                            + "; the detected templates are used for that store");
                    return;
                }
            }
            if (!list.isEmpty()) {
                out.put(e.getKey(), List.copyOf(list));
            }
        });
        return out;
    }

    /** Replaces every template set for {@code spec} (an empty map goes back to detection for all its stores). */
    public synchronized void put(String spec, Map<String, List<KeyTemplate>> templates) {
        Optional<ObjectNode> read = all();
        if (read.isEmpty() && Files.exists(file)) {
            throw new UnavailableException(file + " could not be read nor moved aside; the key templates were not "
                    + "saved, so that nothing in it is lost");
        }
        ObjectNode root = read.orElseGet(() -> RobloxJson.nodes().objectNode());
        if (templates.isEmpty()) {
            root.remove(spec);
        } else {
            ObjectNode stores = root.putObject(spec);
            templates.forEach((store, list) -> {
                ArrayNode a = stores.putArray(store);
                list.forEach(t -> a.add(t.toString()));
            });
        }
        try {
            JsonFile.write(file, root);
        } catch (IOException e) {
            throw new UnavailableException("Could not save the key templates to " + file + ": " + e.getMessage(), e);
        }
    }

    private Optional<ObjectNode> all() {
        return JsonFile.read(file, clock, problems).map(n -> (ObjectNode) n);
    }
}
