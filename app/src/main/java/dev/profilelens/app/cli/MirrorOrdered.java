package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.env.Environment;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.mirror.OrderedCopyBack;
import dev.profilelens.core.mirror.OrderedCopyItem;
import dev.profilelens.core.mirror.OrderedMirror;
import dev.profilelens.core.ordered.OrderedEditor;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The ordered-store part of {@code mirror} and {@code mirror copy-back} (ADR 0171). */
final class MirrorOrdered {
    private MirrorOrdered() {
    }

    /** The ordered source for a spec, or null when that kind of source has none. */
    static @Nullable OrderedSource open(Environment env, String spec, boolean readOnly) {
        try {
            return env.providers().openOrdered(spec, readOnly ? Map.of("readOnly", "true") : Map.of());
        } catch (InvalidInputException none) {
            return null;
        }
    }

    /**
     * The ordered stores a mirror copies after the standard ones: those the source lists (or, where it cannot list
     * them, those {@code named} and DataStore2 backup indexes), only those in {@code only} when it is not empty.
     * None when the source has no ordered stores ({@code ordered} null).
     */
    static List<OrderedStoreRef> stores(@Nullable OrderedSource ordered, ProfileSource from, List<String> named,
                                        List<String> only) {
        if (ordered == null) {
            return List.of();
        }
        return new OrderedMirror(ordered).stores(named.stream().map(OrderedStoreRef::of).toList(), storeNames(from),
                only);
    }

    private static List<String> storeNames(ProfileSource from) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<DataStoreInfo> page = from.listDataStores("", cursor, 100);
            page.items().forEach(s -> out.add(s.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    /** Plans (and unless {@code dryRun} runs) the ordered copy back; prints one line per entry; returns written. */
    static long copyBack(Environment env, String from, String destSpec, List<String> only, boolean dryRun,
            boolean overwrite,
                         @Nullable String reason, AuditLog audit, PrintWriter out) {
        try (OrderedSource mirror = open(env, from, true); OrderedSource dest = open(env, destSpec, dryRun)) {
            if (mirror == null || dest == null) {
                return 0;
            }
            OrderedCopyBack copy = new OrderedCopyBack(mirror, dest, new OrderedEditor(dest, audit,
                    env.clock(), env.user(), destSpec));
            List<OrderedCopyItem> items = copy.plan(only);
            if (!dryRun) {
                items = copy.run(items, overwrite, Objects.requireNonNull(reason, "checked by the command"),
                        () -> false);
            }
            for (OrderedCopyItem i : items) {
                ObjectNode o = RobloxJson.nodes().objectNode().put("type", "ordered").put("store", i.store().store())
                        .put("scope", i.store().scope()).put("key", i.key()).put("value", i.value())
                        .put("plan", i.action().jsonName()).put("destValue", i.destValue()).put("outcome", i.outcome());
                out.println(o);
            }
            return items.stream().filter(i -> i.outcome().startsWith("written")).count();
        }
    }
}
