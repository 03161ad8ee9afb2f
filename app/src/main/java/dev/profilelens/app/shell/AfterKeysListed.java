package dev.profilelens.app.shell;

import dev.profilelens.app.widgets.KeyRow;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Runs a start's deferred work once, on the FX thread, as soon as the active connection's key list has its first keys,
 * or {@code latest} after it is asked for when no key comes (an empty store, a listing that failed): the remembered
 * tabs' reads and the warm-ups then queue behind the key list on the connection's lane instead of before it.
 */
final class AfterKeysListed {
    private final Runnable work;
    private boolean ran;

    private AfterKeysListed(Runnable work) {
        this.work = work;
    }

    static void run(MainWindow window, Duration latest, Runnable work) {
        AfterKeysListed once = new AfterKeysListed(work);
        PauseTransition fallback = new PauseTransition(latest);
        fallback.setOnFinished(e -> once.fire());
        fallback.play();
        window.activeBrowser().ifPresentOrElse(b -> {
            ObservableList<KeyRow> keys = b.keyList().getItems();
            if (!keys.isEmpty()) {
                once.fire();
                return;
            }
            keys.addListener(new ListChangeListener<KeyRow>() {
                @Override
                public void onChanged(Change<? extends KeyRow> change) {
                    if (!keys.isEmpty()) {
                        keys.removeListener(this);
                        once.fire();
                    }
                }
            });
        }, once::fire);
    }

    private void fire() {
        if (!ran) {
            ran = true;
            work.run();
        }
    }
}
