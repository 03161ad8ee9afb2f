package dev.profilelens.core.bulk;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys a bulk edit runs over: every key under a prefix, or a pasted / loaded list of keys or UserIds (one per
 * line, {@code #} comments; a bare number becomes a key through {@code template}, e.g. {@code Player_{id}}). Lines
 * that are not a usable key are reported by line number, the rest kept.
 *
 * @param rejected one per junk line, naming where and why
 */
public record KeySet(List<EntryRef> keys, List<Rejected> rejected) {
    /** A line that is not a usable key: its 1-based number and a message naming where and why. */
    public record Rejected(int line, String message) {
    }

    public KeySet {
        keys = List.copyOf(keys);
        rejected = List.copyOf(rejected);
    }

    /** Every key of {@code store} in {@code scope} starting with {@code prefix} ("" for all). */
    public static KeySet prefix(ProfileSource source, String store, String scope, String prefix) {
        List<EntryRef> refs = new ArrayList<>();
        String cursor = null;
        do {
            Page<EntryRef> page = source.listKeys(store, scope, prefix, cursor, 1000);
            refs.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return new KeySet(refs, List.of());
    }

    /**
     * Keys from lines of text; {@code where} names the text in messages (a file name, "the pasted list").
     * {@code template} (with one {@code {id}}) turns a line of digits into a key; null keeps lines as keys.
     */
    public static KeySet lines(List<String> lines, String store, String scope, @Nullable String template,
                               String where) {
        if (template != null && !template.contains("{id}")) {
            throw new InvalidInputException("a key template needs {id}, e.g. Player_{id} (got " + template + ")",
                    "--template");
        }
        List<EntryRef> refs = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String k = lines.get(i).strip();
            if (k.isEmpty() || k.startsWith("#")) {
                continue;
            }
            if (template != null && k.matches("\\d{1,19}")) {
                k = template.replace("{id}", k);
            }
            EntryRef ref = new EntryRef(store, scope, k);
            try {
                Limits.checkRef(ref);
                if (seen.add(k)) {
                    refs.add(ref);
                }
            } catch (InvalidInputException e) {
                rejected.add(new Rejected(i + 1, where + " line " + (i + 1) + ": " + e.userMessage()));
            }
        }
        return new KeySet(refs, rejected);
    }
}
