package dev.profilelens.app.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** JavaFX dialogs owned by the main window; details of errors sit in an expandable area. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, Throwable error) {
        Alert a = new Alert(Alert.AlertType.ERROR, ErrorText.message(error), ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        TextArea details = new TextArea(ErrorText.details(error));
        details.setEditable(false);
        details.setPrefRowCount(14);
        a.getDialogPane().setExpandableContent(details);
        styled(a);
        a.show();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        styled(a);
        a.show();
    }

    @Override
    public boolean confirmTyped(String title, String message, String expected) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(message + "\nType \"" + expected + "\" to confirm.");
        styled(d);
        return d.showAndWait().map(expected::equals).orElse(false);
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> options) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(message);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            boolean last = i == options.size() - 1;
            buttons.add(new ButtonType(options.get(i), last ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        a.getButtonTypes().setAll(buttons);
        for (ButtonType bt : buttons) {
            ButtonBar.setButtonUniformSize(a.getDialogPane().lookupButton(bt), false);
        }
        styled(a);
        widenForButtons(a.getDialogPane());
        return a.showAndWait().filter(b -> b.getButtonData() != ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(ButtonType::getText);
    }

    @Override
    public Optional<String> ask(String title, String message, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(message);
        styled(d);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Makes the dialog wide enough for every button's whole label (within the screen); the text wraps. */
    private void widenForButtons(DialogPane pane) {
        pane.applyCss();
        if (!(pane.lookup(".button-bar") instanceof Region bar)) {
            return;
        }
        // the bar's own width for its buttons, with the theme's paddings and gaps
        double needed = bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset() + 8;
        double screen = ScreenFit.screenOf(owner).getWidth() - 80;
        pane.setPrefWidth(Math.min(screen, Math.max(pane.getPrefWidth(), needed)));
        // the window is sized before this pref counts; a minimum holds it (the bar shrinks buttons to 85 px, cut)
        pane.setMinWidth(Math.min(screen, needed));
    }

    /** The owner's theme stylesheets, and a size that fits the owner's screen. */
    private void styled(Dialog<?> d) {
        if (owner.getScene() != null) {
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ScreenFit.fit(d, owner);
    }
}
