package dev.profilelens.core.erase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.BatchReads;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scans every current value of a local copy (a mirror, or any local store) for the UserIds: as a number, as a text
 * holding exactly that number, or as a field name. Values are tested on their bytes first and parsed only when the
 * digits occur. Keys already planned for deletion are skipped. The result is for review: never deleted.
 */
final class MirrorScan {
    private static final int PAGE = 100;
    private static final int MAX_PATHS = 8;

    private MirrorScan() {
    }

    static List<ReviewHit> scan(ProfileSource copy, List<Long> userIds, Set<EntryRef> planned) {
        List<ReviewHit> out = new ArrayList<>();
        String storeCursor = null;
        do {
            Page<DataStoreInfo> stores = copy.listDataStores("", storeCursor, PAGE);
            for (DataStoreInfo s : stores.items()) {
                scanStore(copy, s.name(), userIds, planned, out);
            }
            storeCursor = stores.nextCursor();
        } while (storeCursor != null);
        return out;
    }

    private static void scanStore(ProfileSource copy, String store, List<Long> userIds, Set<EntryRef> planned,
                                  List<ReviewHit> out) {
        String cursor = null;
        do {
            Page<EntryRef> keys = copy.listKeys(store, null, "", cursor, PAGE);
            List<EntryRef> unplanned = keys.items().stream().filter(r -> !planned.contains(r)).toList();
            Map<EntryRef, StoredEntry> batch = copy.underlying() instanceof BatchReads b ? b.readAll(unplanned) : null;
            for (EntryRef ref : unplanned) {
                StoredEntry e = batch != null ? batch.get(ref) : copy.read(ref).orElse(null);
                if (e == null) {
                    continue;
                }
                for (long id : userIds) {
                    if (mentions(e.value(), Long.toString(id))) {
                        List<String> paths = paths(e.value(), id);
                        if (!paths.isEmpty()) {
                            out.add(new ReviewHit(id, ref, paths));
                        }
                    }
                }
            }
            cursor = keys.nextCursor();
        } while (cursor != null);
    }

    /** True when the digits occur in the bytes with no digit right before or after them. */
    static boolean mentions(byte[] value, String digits) {
        byte[] d = digits.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + d.length <= value.length; i++) {
            for (int j = 0; j < d.length; j++) {
                if (value[i + j] != d[j]) {
                    continue outer;
                }
            }
            boolean digitBefore = i > 0 && Character.isDigit(value[i - 1]);
            boolean digitAfter = i + d.length < value.length && Character.isDigit(value[i + d.length]);
            if (!digitBefore && !digitAfter) {
                return true;
            }
        }
        return false;
    }

    static List<String> paths(byte[] value, long id) {
        JsonNode root;
        try {
            root = RobloxJson.parse(value);
        } catch (InvalidInputException notJson) {
            return List.of("(the value is not JSON; it contains " + id + ")");
        }
        List<String> out = new ArrayList<>();
        walk(root, "", id, out);
        return out;
    }

    private static void walk(JsonNode n, String path, long id, List<String> out) {
        if (out.size() >= MAX_PATHS) {
            return;
        }
        String text = Long.toString(id);
        if (n.isIntegralNumber() && n.canConvertToLong() && n.asLong() == id
                || n.isTextual() && n.asText().replaceAll("\\D+", " ").strip().equals(text)) {
            out.add(path.isEmpty() ? "/" : path);
        } else if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = path + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                if (f.getKey().equals(text)) {
                    out.add(p + " (field name)");
                }
                walk(f.getValue(), p, id, out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "/" + i, id, out);
            }
        }
    }
}
