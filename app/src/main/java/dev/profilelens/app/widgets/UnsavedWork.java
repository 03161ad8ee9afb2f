package dev.profilelens.app.widgets;

import java.util.List;

/**
 * A document holding work that closing it would lose: an unsaved edit, a wait for a release, a handover. The shell
 * asks every open document before quitting, closing its tab or dropping its connection.
 */
public interface UnsavedWork {
    /** Key under which a tab's properties may hold an {@code UnsavedWork} for its content. */
    String TAB_PROPERTY = "profilelens.unsavedWork";

    /** What would be lost, one short line per item; empty when nothing would be. */
    List<String> unsavedWork();
}
