package dev.profilelens.app.profile;

import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.StoredEntry;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The key's Roblox metadata: UserIds, attributes, size against the 4 MB limit, version and times. */
final class KeyInfoPane {
    private KeyInfoPane() {
    }

    static Node of(ProfileSnapshot s) {
        Fields f = new Fields();
        StoredEntry e = s.entry();
        f.add("Key", s.ref().store() + " / " + s.ref().scope() + " / " + s.ref().key());
        if (e == null) {
            f.add("Value", "none (the key is missing)");
            return f.node();
        }
        f.add("UserIds", e.userIds().isEmpty() ? "none" : e.userIds().toString());
        f.add("Attributes", e.attributesJson());
        double share = (double) e.sizeBytes() / Limits.MAX_VALUE_BYTES;
        ProgressBar bar = new ProgressBar(share);
        bar.setPrefWidth(260);
        bar.getStyleClass().add("size-bar");
        f.add("Size", new HBox(10, bar, new Label(String.format("%,d of %,d bytes (%.2f%%)", e.sizeBytes(),
                Limits.MAX_VALUE_BYTES, share * 100))));
        f.add("Version", e.version());
        f.add("Key created", Times.both(e.created(), s.readAt()));
        f.add("Version written", Times.both(e.updated(), s.readAt()));
        return f.node();
    }
}
