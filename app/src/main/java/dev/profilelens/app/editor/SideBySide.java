package dev.profilelens.app.editor;

import dev.profilelens.app.raw.LargeTextView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;

/**
 * The editor's "Side by side" tab: the text as opened and the text now, each a virtualized list of lines (only the
 * rows on screen exist, ADR 0240), rebuilt only while the tab shows and only when a text changed. A text area
 * holding a megabyte of text took seconds on the FX thread each time the edit was analysed.
 */
final class SideBySide {
    private final SplitPane split = new SplitPane();
    private final Tab tab = new Tab("Side by side", split);
    private String before = "";
    private String after = "";
    private boolean stale = true;

    SideBySide() {
        split.setId("editor-side-by-side");
        tab.selectedProperty().addListener((obs, was, now) -> refresh());
    }

    Tab tab() {
        return tab;
    }

    /** The texts to compare; shown at once when the tab is selected, else when it is next selected. */
    void show(String opened, String now) {
        if (opened.equals(before) && now.equals(after)) {
            return;
        }
        before = opened;
        after = now;
        stale = true;
        refresh();
    }

    private void refresh() {
        if (stale && tab.isSelected()) {
            split.getItems().setAll(new LargeTextView(before), new LargeTextView(after));
            stale = false;
        }
    }
}
