package dev.profilelens.app.widgets;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;

/**
 * Small factories the feature views share: a button with a tooltip (made on first hover, {@link LazyTooltip}) and an
 * action, a read-only text column.
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
}
