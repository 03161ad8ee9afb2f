package dev.profilelens.app.shell;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.widgets.UnsavedWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tab;

/**
 * Asks before work is lost (issue #15 item 6): quitting, closing a tab or dropping a connection while a document
 * holds an unsaved edit, waits for a release or runs a handover. A document says what it holds by implementing
 * {@link UnsavedWork}, or through its tab's {@link UnsavedWork#TAB_PROPERTY}.
 */
final class ExitGuard {
    static final String CANCEL = "Cancel";
    private final DialogService dialogs;

    ExitGuard(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Everything the tabs would lose, one line each. */
    static List<String> pending(Collection<Tab> tabs) {
        List<String> out = new ArrayList<>();
        for (Tab t : tabs) {
            if (t.getContent() instanceof UnsavedWork w) {
                out.addAll(w.unsavedWork());
            } else if (t.getProperties().get(UnsavedWork.TAB_PROPERTY) instanceof UnsavedWork w) {
                out.addAll(w.unsavedWork());
            }
        }
        return out;
    }

    /**
     * True when nothing would be lost, or the user chose to go ahead anyway. {@code action} names what happens
     * ("Quit", "Close the tab"); the confirming button reads "Discard and …".
     */
    boolean allow(String action, String what, Collection<Tab> tabs) {
        String go = "Discard and " + action.substring(0, 1).toLowerCase(Locale.ROOT) + action.substring(1);
        return ask(action, what + " would lose:\n", "\nSave or finish them first, or discard them.", go, tabs);
    }

    /**
     * Switching the connection in front (issue #15 item 7): the documents stay open, but work pending on the
     * connection being left is easy to forget — asks before switching while there is any.
     */
    boolean allowSwitch(String from, String to, Collection<Tab> tabs) {
        return ask("Switch to " + to, "Switching from " + from + " to " + to + " leaves pending on " + from + ":\n",
                "\nIt stays open in its tabs (the tray lists the edits); nothing is discarded.",
                "Switch and keep them pending", tabs);
    }

    private boolean ask(String action, String head, String tail, String go, Collection<Tab> tabs) {
        List<String> lost = pending(tabs);
        if (lost.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder(head);
        lost.forEach(l -> text.append("• ").append(l).append('\n'));
        text.append(tail);
        return dialogs.choose(action + "?", text.toString(), List.of(go, CANCEL)).map(go::equals).orElse(false);
    }
}
