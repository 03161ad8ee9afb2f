package dev.profilelens.app.profile;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/**
 * What a profile's panes say before its first read is in (ADR 0261): that the key is being read, or that the read
 * failed. The Data tree and Raw view wait empty with this text; the other panes are a label until the read is in.
 */
final class LoadingPanes {
    static final String READING = "Reading the key…";
    static final String FAILED = "The key could not be read; Refresh (F5) tries again.";
    private final StringProperty text = new SimpleStringProperty(this, "text", READING);

    /** Says {@link #FAILED} when a read ends ({@code loading} turns false) without a value shown yet. */
    LoadingPanes(ObservableBooleanValue loading, ObservableObjectValue<?> shown) {
        loading.addListener((obs, was, now) -> text.set(now || shown.get() != null ? READING : FAILED));
    }

    /** A pane that says only the text (a label: empty tables here cost more to style than they save later). */
    Node note() {
        return new BorderPane(label());
    }

    /** The text as a label, for a pane that shows it in a place of its own (the Data tree's placeholder). */
    Label label() {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
