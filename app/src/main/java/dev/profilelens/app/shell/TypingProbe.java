package dev.profilelens.app.shell;

import dev.profilelens.app.editor.EditorView;
import dev.profilelens.app.profile.ProfileView;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.control.Tab;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;

/**
 * {@code --type-in-editor N} of the smoke test (bench/app): opens the shown profile's JSON editor, puts the caret
 * inside a string value in the middle of the text and types N letters as key events (pressed, typed, released) at
 * a human pace, 8 a second with a pause after every 40 so the edit is analysed, and pastes 1,000 letters (Ctrl+V)
 * after every 50. It prints the gaps between FX pulses (how long the window did not answer) and the time each key
 * event took to handle, as median, p99 and max.
 */
final class TypingProbe {
    private static final int PACE_MS = 125;
    private static final int PAUSE_EVERY = 40;
    private static final int PAUSE_TICKS = 6;
    private static final int PASTE_EVERY = 50;
    /** Ticks between the editor opening and the first key: 2 s for the editor to settle after opening. */
    private static final int SETTLE_TICKS = 16;
    private final MainWindow window;
    private final int chars;
    private final Runnable done;
    private final PerfProbe probe = new PerfProbe();
    private final List<Long> handling = new ArrayList<>();
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.millis(PACE_MS), e -> tick()));
    private @Nullable CodeArea area;
    private int typed;
    private int pastes;
    private int idle;
    private int waited;

    TypingProbe(MainWindow window, int chars, Runnable done) {
        this.window = window;
        this.chars = chars;
        this.done = done;
    }

    void start(ProfileView profile) {
        profile.editCurrent();
        ticks.setCycleCount(Timeline.INDEFINITE);
        ticks.play();
    }

    private void tick() {
        CodeArea a = area;
        if (a == null) {
            opened();
            return;
        }
        if (idle > 0) {
            if (--idle == 0 && typed == 0) {
                probe.startWatchingPulses(); // typing starts: what opening the editor costs is not counted
            }
            return;
        }
        if (typed >= chars) {
            finish(a);
            return;
        }
        if (typed > 0 && typed % PASTE_EVERY == 0 && pastes < typed / PASTE_EVERY) {
            pastes++;
            ClipboardContent c = new ClipboardContent();
            c.putString("abcdefghij".repeat(100));
            Clipboard.getSystemClipboard().setContent(c);
            timed(a, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.V, false, true, false, false));
            timed(a, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.V, false, true, false, false));
            return;
        }
        char c = (char) ('a' + typed % 26);
        KeyCode code = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        timed(a, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        timed(a, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false,
                false));
        timed(a, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        typed++;
        if (typed % PAUSE_EVERY == 0) {
            idle = PAUSE_TICKS;
        }
    }

    private void timed(CodeArea a, KeyEvent e) {
        long t0 = System.nanoTime();
        Event.fireEvent(a, e);
        handling.add(System.nanoTime() - t0);
    }

    /** Waits for the editor tab; then puts the caret inside a string value mid-text and lets it settle 2 s. */
    private void opened() {
        Tab t = window.profileTabs().getSelectionModel().getSelectedItem();
        if (t == null || !(t.getContent() instanceof EditorView v)) {
            if (++waited * PACE_MS > 60_000) {
                throw new IllegalStateException("the editor did not open within 60 s");
            }
            return;
        }
        CodeArea a = v.area();
        String text = a.getText();
        int at = text.indexOf(": \"", text.length() / 2);
        a.requestFocus();
        a.moveTo(at < 0 ? text.length() / 2 : at + 3);
        a.requestFollowCaret();
        System.out.printf("smoke: editor open with %,d characters; typing %d letters%n", text.length(), chars);
        area = a;
        idle = SETTLE_TICKS;
    }

    private void finish(CodeArea a) {
        if (idle == 0 && typed == chars) {
            typed++;
            idle = 16; // two seconds for the last analysis to arrive and be shown
            return;
        }
        ticks.stop();
        probe.stopWatchingPulses();
        System.out.printf("smoke: typed %d letters and %d pastes into the editor (%,d characters now): FX pulse "
                        + "gaps %s; key event handling %s%n", chars, pastes, a.getLength(),
                PerfProbe.spread(probe.gapsNanos()), PerfProbe.spread(handling));
        done.run();
    }
}
