package dev.profilelens.connectors.sqlite.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.model.Dialect;
import java.util.Random;

/**
 * Builds the stored value of one version of a seeded key exactly as ProfileService / ProfileStore store it
 * (spec/profile-format.md §1): 2- or 3-element ActiveSession, 4- or 2-tuple mailbox entries, WasCorrupted or
 * WasOverwritten, placeholders and corrupt values.
 */
final class ProfileShapes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileShapes() {
    }

    /** Version {@code k} of {@code p}; the last version carries the profile's final state. */
    static JsonNode version(SeedProfile p, int k) {
        int n = p.times().length;
        boolean last = k == n - 1;
        if (last && p.state() == ProfileState.PLACEHOLDER) {
            return placeholder(p);
        }
        if (last && p.state() == ProfileState.CORRUPT) {
            return corrupt(p);
        }
        double progress = (k + 1.0) / n;
        Random r = new Random(p.id() * 1_000 + k);
        ObjectNode root = NODES.objectNode();
        root.set("Data", p.house() ? GameData.house(r, (int) p.id(), progress)
                : GameData.player(r, p.id(), progress, p.inventorySize()));
        ObjectNode meta = root.putObject("MetaData");
        meta.put("ProfileCreateTime", p.createdSec());
        meta.put("SessionLoadCount", p.loadCountBase() + k);
        if (last && p.state().locked()) {
            ArrayNode session = meta.putArray("ActiveSession").add(p.placeId()).add(p.jobId());
            if (p.dialect() == Dialect.PROFILESTORE) {
                session.add(p.sessionId());
            }
        }
        if (last && p.state() == ProfileState.FORCE_LOAD) {
            meta.putArray("ForceLoadSession").add(p.placeId()).add(p.jobId().replace('a', 'f').replace('1', '7'));
        }
        meta.set("MetaTags", GameData.metaTags(r, p.id(), p.dataVersion(), progress));
        if (!(last && p.state() == ProfileState.NO_LAST_UPDATE) && p.state() != ProfileState.PRE_2021
                || p.state() == ProfileState.PRE_2021 && p.times()[k] > 1_598_227_200L) {
            meta.put("LastUpdate", p.times()[k]);
        }
        if (p.state() != ProfileState.PRE_2021) {
            ObjectNode md = root.putObject("RobloxMetaData");
            if (!p.house() && p.id() % 5 == 0) {
                md.put("Tier", p.id() % 3 == 0 ? "VIP" : "Supporter");
            }
            ArrayNode users = root.putArray("UserIds");
            if (!p.house()) {
                users.add(p.id());
            }
        }
        root.set("GlobalUpdates", last ? mailbox(p) : emptyMailbox(p, k));
        if (k > 0) {
            root.put(p.dialect() == Dialect.PROFILESTORE ? "WasOverwritten" : "WasCorrupted", false);
        }
        return root;
    }

    private static ArrayNode emptyMailbox(SeedProfile p, int k) {
        ArrayNode box = NODES.arrayNode();
        box.add(Math.max(0, k / 2));
        box.addArray();
        return box;
    }

    private static ArrayNode mailbox(SeedProfile p) {
        ArrayNode box = NODES.arrayNode();
        ArrayNode entries = NODES.arrayNode();
        int base = 2 + (int) (p.id() % 5);
        switch (p.state()) {
            case ACTIVE_UPDATES, LOCKED_UPDATES, MESSAGES -> {
                int count = 1 + (int) (p.id() % 3);
                for (int i = 0; i < count; i++) {
                    entries.add(entry(p, base + i, i == 0 && p.state() == ProfileState.LOCKED_UPDATES));
                }
                box.add(base + count - 1);
            }
            default -> box.add(base);
        }
        box.add(entries);
        return box;
    }

    private static ArrayNode entry(SeedProfile p, int id, boolean locked) {
        ArrayNode e = NODES.arrayNode().add(id);
        ObjectNode data = NODES.objectNode();
        if (p.dialect() == Dialect.PROFILESTORE) {
            if (id % 2 == 0) {
                data.put("GiftType", "SpecialGift");
            } else {
                data.put("From", 1_000 + p.id() % 900).put("Item", "Cake");
            }
            return e.add(data);
        }
        if (id % 2 == 0) {
            data.put("Type", "AdminGift").put("Item", "Coins").put("Amount", 1000);
        } else {
            data.put("Type", "Gift").put("From", 1_000 + p.id() % 900).put("Item", "Pet Egg");
        }
        return e.add(1 + id % 2).add(locked).add(data);
    }

    private static JsonNode placeholder(SeedProfile p) {
        ObjectNode root = NODES.objectNode();
        ArrayNode box = root.putArray("GlobalUpdates").add(1);
        box.addArray().add(entry(p, 1, false));
        return root;
    }

    private static JsonNode corrupt(SeedProfile p) {
        return switch ((int) (p.id() % 4)) {
            case 0 -> NODES.arrayNode().add("ThisAintRight");
            case 1 -> {
                ObjectNode noMailbox = NODES.objectNode();
                noMailbox.putObject("Data").put("Coins", 1);
                noMailbox.putObject("MetaData").put("ProfileCreateTime", p.createdSec()).put("SessionLoadCount", 1);
                yield noMailbox;
            }
            case 2 -> {
                ObjectNode stringData = NODES.objectNode();
                stringData.put("Data", "corrupted by a bad migration script");
                stringData.putObject("MetaData").put("ProfileCreateTime", p.createdSec());
                stringData.putArray("GlobalUpdates").add(0).addArray();
                yield stringData;
            }
            default -> NODES.numberNode(p.id());
        };
    }
}
