package dev.profilelens.app.bulk;

import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.JqTransform;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.bulk.ValueFilter;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentText;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.ProfileSource;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the bulk window's form says, as typed. Parsed on a background thread; errors name the field.
 *
 * @param where   audit filter expressions, comma separated (empty: no filter)
 * @param pasted  keys or UserIds, one per line (empty: every key under {@code prefix})
 * @param intents one intent a line ({@code tag DataVersion=2}); ignored when {@code jq} is set
 */
public record BulkRequest(String store, String prefix, String where, String pasted, String keyTemplate,
                          String intents, String jq, String reason, String batch, BulkOptions.Live live) {

    List<Intent> parsedIntents() {
        if (!jq.isBlank()) {
            return List.of(JqTransform.compile(jq.strip(), "jq").intent());
        }
        List<Intent> out = IntentText.lines(intents);
        if (out.isEmpty()) {
            throw new InvalidInputException("Give at least one intent (e.g. tag DataVersion=2) or a jq expression",
                    "intents");
        }
        return out;
    }

    @Nullable ValueFilter filter() {
        List<String> exprs = Arrays.stream(where.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return exprs.isEmpty() ? null : ValueFilter.parse(exprs);
    }

    KeySet keys(ProfileSource source) {
        if (store.isBlank()) {
            throw new InvalidInputException("Give the store", "store");
        }
        if (pasted.isBlank()) {
            return KeySet.prefix(source, store.strip(), "global", prefix.strip());
        }
        return KeySet.lines(pasted.lines().toList(), store.strip(), "global",
                keyTemplate.isBlank() ? null : keyTemplate.strip(), "the pasted list");
    }
}
