package dev.profilelens.app.profile;

import dev.profilelens.icons.Theme;
import java.time.Clock;
import java.util.concurrent.Executors;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** What the profile views' UI tests set up alike: a loader with a formatter thread, a window in the light theme. */
final class ProfileViews {
    private ProfileViews() {
    }

    /** A loader laying Raw text out on a daemon thread of its own, as the app's does on its pool. */
    static ProfileLoader loader() {
        return new ProfileLoader(Clock.systemUTC(), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-formatter");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Shows {@code content} in {@code stage}, 1000 × 700, styled with the light theme; returns its scene. */
    static Scene show(Stage stage, Parent content) {
        Scene scene = new Scene(content, 1000, 700);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
