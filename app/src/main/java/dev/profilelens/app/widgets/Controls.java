package dev.profilelens.app.widgets;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;

/**
 * Small factories the feature views share: a button with a tooltip (made on first hover, {@link LazyTooltip}) and an
 * action, a read-only text column, a line shown only while it has text.
 */
public final class Controls {
    private Controls() {
    }

    public static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        LazyTooltip.install(b, tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        return c;
    }

    /**
     * Shows {@code label} and gives it room only while it has text: an empty error or status line takes no space and
     * draws nothing (an error style's frame drew a stray mark when empty).
     */
    public static <L extends Labeled> L shownWhenSet(L label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
