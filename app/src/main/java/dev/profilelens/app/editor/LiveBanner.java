package dev.profilelens.app.editor;

import static dev.profilelens.app.widgets.Controls.button;

import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.SessionTag;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The live-profile banner (issue #15 item 4): while a live server owns the edited profile it says so, by whom and
 * how recently it saved, and what Save will offer — deliver the edit as a global update / message, hand the profile
 * over, or wait for the release. Hidden while the profile is free.
 */
final class LiveBanner extends HBox {
    private final Label text = new Label();

    LiveBanner(boolean messages, Runnable deliver, Runnable handOver) {
        super(8);
        setId("live-banner");
        getStyleClass().add("live-banner");
        setStyle("-fx-padding: 6 8 6 8; -fx-background-color: #fff4ce; -fx-border-color: #d9a400;"
                + " -fx-border-width: 0 0 1 0;");
        text.setId("live-banner-text");
        text.setWrapText(true);
        text.setStyle("-fx-text-fill: #3d2f00;");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button d = button(messages ? "Deliver as a message…" : "Deliver as a global update…",
                "Send the edit through the store's delivery template; the live server applies it itself", deliver);
        d.setId("live-deliver");
        Button h = button("Hand over…", "Ask the live server to release the profile (the player is disconnected), "
                + "then apply the edit", handOver);
        h.setId("live-handover");
        d.setMinWidth(USE_PREF_SIZE);
        h.setMinWidth(USE_PREF_SIZE);
        getChildren().setAll(text, d, h);
        show(null, messages);
    }

    /** Shows the banner for a held lock, hides it otherwise. */
    void show(@Nullable LockState lock, boolean messages) {
        boolean live = lock != null && lock.status() == LockStatus.ACTIVE;
        setVisible(live);
        setManaged(live);
        if (lock != null && live) {
            SessionTag owner = lock.owner();
            text.setText("A live server (" + (owner == null ? "unknown" : owner.display()) + ") owns this profile"
                    + (lock.ageSeconds() == null ? "" : " and saved " + lock.ageSeconds() + " s ago")
                    + ". Save will not write over it: it offers to deliver the edit as "
                    + (messages ? "a message" : "a global update") + " the game applies, to hand the profile over "
                    + "(the player is disconnected), or to wait for the release.");
        }
    }
}
