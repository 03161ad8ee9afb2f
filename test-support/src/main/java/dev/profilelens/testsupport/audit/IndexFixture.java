package dev.profilelens.testsupport.audit;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Writes profiles with varied MetaTags and counts values directly over a source (the oracle). */
public final class IndexFixture {
    private IndexFixture() {
    }

    public static String profile(Random r, int i) {
        String tags;
        switch (r.nextInt(6)) {
            case 0 -> tags = "[]";
            case 1 -> tags = "{\"DataVersion\":\"2\"}";
            case 2 -> tags = "{\"DataVersion\":3,\"Migrated\":true,\"Note\":\"a, \\\"quoted\\\" note\"}";
            default -> tags = "{\"DataVersion\":" + (1 + r.nextInt(2)) + ",\"Region\":\"EU\",\"Purchases\":[1,2]}";
        }
        if (i % 97 == 0) {
            return "not json";
        }
        return "{\"Data\":{\"Coins\":" + r.nextInt(1000) + "},\"MetaData\":{\"ProfileCreateTime\":1700000000,"
                + "\"SessionLoadCount\":" + (1 + r.nextInt(50)) + ",\"MetaTags\":" + tags
                + ",\"LastUpdate\":1700000000},\"RobloxMetaData\":[],\"UserIds\":[],\"GlobalUpdates\":[0,[]],"
                + "\"WasCorrupted\":false}";
    }

    public static void seed(ProfileSource s, String store, int n, long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            String scope = i % 10 == 0 ? "beta" : "global";
            s.write(new WriteRequest(new EntryRef(store, scope, String.format("Player_%05d", i)),
                    profile(r, i).getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
        }
        s.write(new WriteRequest(EntryRef.of(store, "Other_1"), profile(r, 1).getBytes(StandardCharsets.UTF_8),
                List.of(), "{}", Precondition.none()));
    }

    /** Profiles under the prefix whose value at {@code pointer} has this exact JSON text (null: missing). */
    public static long directCount(ProfileSource s, String store, String prefix, String pointer,
                                   @Nullable String jsonOrNull) {
        long n = 0;
        String cursor = null;
        do {
            Page<EntryRef> page = s.listKeys(store, null, prefix, cursor, 100);
            for (EntryRef ref : page.items()) {
                byte[] v = s.read(ref).orElseThrow().value();
                String text;
                try {
                    var node = RobloxJson.parse(v).at(pointer);
                    text = node.isMissingNode() ? null : RobloxJson.writeString(node);
                } catch (RuntimeException notJson) {
                    text = null;
                }
                if (jsonOrNull == null ? text == null : jsonOrNull.equals(text)) {
                    n++;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return n;
    }
}
