package dev.profilelens.app.ds2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Player;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A DataStore2 player prepared off the FX thread for showing: texts already formatted, the combined sub-keys as
 * sections, the offline evidence.
 */
record Ds2Snapshot(Ds2Player player, String summary, String latestText, List<Section> sections,
                   @Nullable String unindexedText, List<String> warnings, List<String> offlineReasons) {

    /** A combined sub-key of the master table and its value. */
    record Section(String name, String text) {
    }

    static Ds2Snapshot of(Ds2Player p, List<String> reasons) {
        String latest = "";
        List<Section> sections = new ArrayList<>();
        if (p.latest() != null) {
            JsonNode v = RobloxJson.parse(p.latest().value());
            latest = RobloxJson.prettyReport(v);
            if (v.isObject()) {
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    sections.add(new Section(e.getKey(), RobloxJson.prettyReport(e.getValue())));
                }
            }
        }
        String unindexed = p.unindexed() == null ? null
                : RobloxJson.prettyReport(RobloxJson.parse(p.unindexed().value()));
        String summary = p.address() + "  ·  DataStore2 " + p.layout().jsonName()
                + (p.latestBackup() == null ? "" : "  ·  backup " + p.latestBackup())
                + (p.latest() == null ? "  ·  no data" : "  ·  saved " + p.latest().updated() + "  ·  "
                + p.latest().sizeBytes() + " bytes");
        return new Ds2Snapshot(p, summary, latest, sections, unindexed, p.warnings(), reasons);
    }
}
