package dev.profilelens.app.editor;

import dev.profilelens.core.edit.SaveResult;

/** One status line per typed save outcome (the editor's status bar and the tray). */
final class Outcomes {
    private Outcomes() {
    }

    static String status(SaveResult r) {
        if (r instanceof SaveResult.Written w) {
            return "saved: version " + w.versionAfter() + (w.reapplied() == 0 ? ""
                    : " (re-applied " + w.reapplied() + "× on changes made meanwhile)");
        }
        if (r instanceof SaveResult.Unchanged) {
            return "nothing to save: the stored value already matches";
        }
        if (r instanceof SaveResult.Refused) {
            return "not saved: refused — your edit is kept";
        }
        if (r instanceof SaveResult.Conflict c) {
            return "not saved: " + c.paths().size() + " conflicting path(s) — your edit is kept";
        }
        return "not saved: invalid — your edit is kept";
    }
}
