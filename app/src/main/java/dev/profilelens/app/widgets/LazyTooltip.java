package dev.profilelens.app.widgets;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its control. Each {@link Tooltip} is a popup window with a scene
 * of its own, made and styled when the tooltip is: a profile tab's five header buttons paid about 10 ms of the FX
 * thread for them in a fresh JVM, in the moments the user waits for the profile. The tooltip then behaves as one set
 * at once: the move that brought the pointer in is delivered after the enter event that made it. Screen readers get
 * the text from the start as the control's accessible help.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
