package dev.profilelens.app.cli;

import dev.profilelens.core.store.EntryRef;
import java.util.List;

/** What to run when a write's answer was lost and its outcome is unknown (exit 5): the commands that tell. */
final class OutcomeCheck {
    private OutcomeCheck() {
    }

    static String howToCheck(EntryRef ref, String... args) {
        String source = "";
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equals("--source") && i + 1 < list.size()) {
                source = " --source " + list.get(i + 1);
            } else if (list.get(i).startsWith("--source=")) {
                source = " " + list.get(i);
            }
        }
        String target = ref.store() + " " + ref.key() + " --scope " + ref.scope() + source;
        return "Check before trying again: `profilelens versions " + target + "` lists the versions, and "
                + "`profilelens get " + target + " --with-info` shows the newest; if it holds your value, the write "
                + "was applied. Nothing is retried blindly.";
    }
}
