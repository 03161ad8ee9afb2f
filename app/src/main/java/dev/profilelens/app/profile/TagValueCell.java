package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.BiPredicate;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.jspecify.annotations.Nullable;

/**
 * The MetaTags table's value cell: the Data tree's typed editor ({@link TypedEditor}) on a tag's value. A value that
 * is refused (not of the tag's type, or an intent that cannot apply) stays in the field with the error naming the
 * tag; nothing is sent. An accepted value goes to {@code submit}, which lists it as a pending change.
 */
final class TagValueCell extends TableCell<MetaTagsPane.Tag, String> {
    private final Function<String, JsonNode> current;
    private final BiPredicate<String, JsonNode> submit;
    private final Label errors;
    private @Nullable TypedEditor editor;

    /** {@code current}: a tag's value as shown now; {@code submit}: sends a tag's new value, false when refused. */
    TagValueCell(Function<String, JsonNode> current, BiPredicate<String, JsonNode> submit, Label errors) {
        this.current = current;
        this.submit = submit;
        this.errors = errors;
    }

    @Override
    public void startEdit() {
        MetaTagsPane.Tag tag = getTableRow() == null ? null : getTableRow().getItem();
        if (tag == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        TypedEditor ed = new TypedEditor(current.apply(tag.name()), "metatags-editor", this::commit, this::cancelEdit);
        editor = ed;
        TypedCells.edit(this, ed);
    }

    private void commit(String text) {
        TypedEditor ed = Objects.requireNonNull(editor, "a commit comes from the open editor");
        String name = getTableRow().getItem().name();
        JsonNode old = current.apply(name);
        try {
            JsonNode now = TypedValues.parse(ed.kind(), text, MetaTagsPane.TAGS + "/" + name, old);
            if (!JsonEquals.equal(old, now) && !submit.test(name, now)) {
                ed.refuse(errors.getText());
                return;
            }
            cancelEdit();
        } catch (InvalidInputException e) {
            String why = "MetaTag " + name + ": " + e.userMessage();
            errors.setText(why);
            ed.refuse(why);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        TypedCells.show(this, getItem(), false);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        TypedCells.show(this, item, empty);
    }
}
