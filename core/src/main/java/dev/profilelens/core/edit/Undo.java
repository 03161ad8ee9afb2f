package dev.profilelens.core.edit;

import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import java.util.List;

/**
 * Undo of a write just made (the save notification's Undo, issue #22 item 2): the write's effect taken back as
 * intents through the save use case, audited as {@code revert}. A number goes back by the opposite delta and an
 * appended item is removed by its identity, so what a server saved since is kept; a value set is set back only if
 * nobody changed it since (else a conflict, nothing written).
 */
public final class Undo {
    private Undo() {
    }

    public static EditRequest request(EntryRef ref, SaveResult.Written written, String reason) {
        if (written.before() == null) {
            throw new InvalidInputException("This write created " + ref.key() + "; undoing it would delete the key, "
                    + "which ProfileLens does not do.", "");
        }
        List<Intent> back = IntentDiff.derive(written.after(), written.before(), IntentDiff.Numbers.DELTA);
        return new EditRequest(ref, back, reason, WriteMode.NORMAL, null, null, written.after(), "revert", false);
    }
}
