package dev.profilelens.app.editor;

import static dev.profilelens.app.widgets.Controls.button;
import static dev.profilelens.app.widgets.Controls.shownWhenSet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.raw.LineNumbers;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.widgets.Icons;
import dev.profilelens.app.widgets.UnsavedWork;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;

/**
 * The editor: JSON text with colours, validation marked at its line and column after each typing pause, undo /
 * redo, format, find / replace; beside it the pending changes (changed paths, the patch, both texts side by side);
 * Save (Ctrl+S) and Discard.
 */
public final class EditorView extends BorderPane implements UnsavedWork {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FORMAT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final EditorViewModel model;
    private final CodeArea area;
    private final Label problem = new Label();
    private final Label status = new Label();
    private final ListView<String> changes = new ListView<>();
    private final SavedNotice notice = new SavedNotice();
    /** Where the next write's notice shows when not here: the tray's, for a save it started. */
    private @Nullable SavedNotice noticeElsewhere;
    /** Told of every write from here, an undo too (the profile's tab reads the value again). */
    private final Consumer<SaveResult.Written> onSaved;
    private final LiveBanner banner;
    private final HandoverFlow handover;
    private final LockFollower follower;
    private Consumer<String> deliver = reason -> { };
    private final TextArea patch = new TextArea();
    private final TextArea inline = new TextArea();
    private final SideBySide sideBySide = new SideBySide();
    private final PauseTransition pause = new PauseTransition(Duration.millis(300));
    private final Waiter waiter;
    private final MetaTagsTable metaTags = new MetaTagsTable(this::tagsEdited);
    private final SaveFlow flow;
    private final TaskExecutor tasks;
    private int markedLine = -1;
    private long reads;
    private long resets;
    /** Text changes so far (typed, pasted, put back): a text worked out in the background for an older text waits. */
    private long edits;

    /** {@code document} is the model's text laid out for the area ({@link EditorDocument#of}, off the FX thread). */
    public EditorView(EditorViewModel model, EditorDocument document, DialogService dialogs, TaskExecutor tasks,
                      Consumer<SaveResult.Written> onSaved) {
        this.model = model;
        this.area = document.area();
        notice.returnFocusTo(area);
        this.tasks = tasks;
        this.waiter = new Waiter(tasks, dialogs, Duration.seconds(3));
        this.onSaved = onSaved;
        this.flow = new SaveFlow(model, dialogs, w -> {
            saved(w);
            onSaved.accept(w);
        }, waiter);
        this.handover = new HandoverFlow(model, dialogs, flow::render);
        boolean messages = model.target().base() != null && ProfileCodec.detectDialect(model.target().base())
                == Dialect.PROFILESTORE;
        this.banner = new LiveBanner(messages, () -> deliver.accept(""), this::handOver);
        this.follower = new LockFollower(tasks, model::target, lock -> {
            model.lockChanged(lock);
            banner.show(lock, messages);
        }, Duration.seconds(5), () -> getScene() != null && getScene().getWindow() != null
                && getScene().getWindow().isShowing());
        banner.show(model.target().lock(), messages);
        flow.liveActions(reason -> deliver.accept(reason), this::handOver);
        model.onTextReset(this::reset);
        createView();
        initListeners();
        model.check();
    }

    /**
     * What "deliver as a global update / message" does (opens the composer pre-filled from this edit); it gets the
     * reason the save dialog was given, or "" from the live banner.
     */
    public void setOnDeliver(Consumer<String> d) {
        deliver = d;
    }

    /** Starts a hand-over (typed confirmation first). */
    public void handOver() {
        handOver("");
    }

    private void handOver(String reason) {
        handover.start(getScene() == null ? null : getScene().getWindow(), reason);
    }

    /** Starts a save as the Save button does (the tray's Save); its notice shows in {@code shownIn}. */
    void save(SavedNotice shownIn) {
        if (model.canSaveProperty().get()) {
            noticeElsewhere = shownIn;
            flow.start();
        }
    }

    /** Writes with a reason given elsewhere (the tray's Save all); the notice of the write shows in {@code shownIn}. */
    void save(String reason, SavedNotice shownIn) {
        if (model.canSaveProperty().get()) {
            noticeElsewhere = shownIn;
            flow.write(reason, model.target().kind() == Kind.PROFILE
                    ? WriteMode.NORMAL : WriteMode.REPLACE_WHOLE,
                    null);
        }
    }

    /** A save started here (Save, Ctrl+S): its notice shows in this editor. */
    private void saveHere() {
        noticeElsewhere = null;
        flow.start();
    }

    public EditorViewModel model() {
        return model;
    }

    /** The write's notice, with Undo, where the save was started: here or in the window's tray (Save all). */
    private void saved(SaveResult.Written w) {
        SavedNotice where = noticeElsewhere != null ? noticeElsewhere : notice;
        noticeElsewhere = null;
        notice.hide();
        where.saved(model, w, onSaved);
    }

    /** The live-profile banner, the hand-over bar and the save notice (tests, screenshots). */
    public Node banner() {
        return banner;
    }

    private void createView() {
        setId("editor");
        area.setId("editor-text");
        // long lines wrap: typing at the end of a line wider than the editor scrolled it sideways on every key, and
        // each scroll repainted every visible line (about 100 ms a key with software rendering; ADR 0250)
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumbers.of(area));
        Button save = button("Save", "Write the edit through the lock-safe save pipeline (Ctrl+S)", this::saveHere);
        save.setId("editor-save");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setDefaultButton(false);
        Button format = button("Format", "Indent the JSON (Ctrl+Shift+F)", this::format);
        Button undo = button("Undo", "Undo (Ctrl+Z)", area::undo);
        Button redo = button("Redo", "Redo (Ctrl+Y / Ctrl+Shift+Z)", area::redo);
        Button discard = button("Discard", "Go back to the value as read", model::discard);
        discard.setId("editor-discard");
        Icons.on(save, Feather.SAVE);
        Icons.on(discard, Feather.X_CIRCLE);
        Icons.on(format, Feather.ALIGN_LEFT);
        Icons.on(undo, Feather.ROTATE_CCW);
        Icons.on(redo, Feather.ROTATE_CW);
        Button stop = button("Stop waiting", "Stop waiting for the server to release the profile", waiter::cancel);
        stop.visibleProperty().bind(waiter.waitingProperty());
        stop.managedProperty().bind(waiter.waitingProperty());
        FindReplaceBar find = new FindReplaceBar(area);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        setTop(new VBox(new ToolBar(save, discard, format, undo, redo, stop, grow), banner, handover, notice, find));
        problem.setId("editor-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("explain-danger");
        shownWhenSet(problem);
        status.setId("editor-status");
        status.getStyleClass().add("muted");
        changes.setId("editor-changes");
        changes.setCellFactory(lv -> new ChangeCell(model));
        changes.setPlaceholder(new Label("No changes yet"));
        inline.setId("editor-inline-diff");
        for (TextArea t : List.of(patch, inline)) {
            t.setEditable(false);
            t.setStyle("-fx-font-family: monospace;");
        }
        patch.setId("editor-patch");
        TabPane diff = new TabPane(new Tab("Changed paths", changes), new Tab("Inline diff", inline),
                new Tab("Patch", patch), sideBySide.tab());
        if (model.target().editsDataOnly()) {
            diff.getTabs().add(0, new Tab("MetaTags", metaTags));
            diff.getSelectionModel().select(1);
        }
        diff.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        diff.setId("editor-side");
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(area), diff);
        split.setDividerPositions(0.6);
        setCenter(split);
        VBox bottom = new VBox(2, problem, status);
        bottom.setStyle("-fx-padding: 4 8 4 8;");
        setBottom(bottom);
    }

    private void initListeners() {
        new Colouring(area);
        // text edits, not textProperty(): a listener on that builds the whole text on every key
        EditorDocument.textEdits(area).subscribe(c -> {
            edits++;
            pause.playFromStart();
        });
        pause.setOnFinished(e -> readText());
        model.analysisProperty().addListener((obs, old, a) -> show(a));
        status.textProperty().bind(Bindings.createStringBinding(() ->
                waiter.messageProperty().get().isEmpty() ? model.statusProperty().get()
                        : waiter.messageProperty().get(), waiter.messageProperty(), model.statusProperty()));
        setOnKeyPressed(e -> {
            if (SAVE.match(e)) {
                e.consume();
                if (!model.canSaveProperty().get()) {
                    return;
                }
                saveHere();
            } else if (FORMAT.match(e)) {
                e.consume();
                format();
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            flow.owner(scene == null ? null : scene.getWindow());
            if (scene == null) {
                follower.stop();
            } else {
                follower.start();
            }
        });
    }

    private void show(Analysis a) {
        if (markedLine >= 0 && markedLine < area.getParagraphs().size()) {
            area.setParagraphStyle(markedLine, List.of());
        }
        markedLine = -1;
        if (a.problem() != null) {
            boolean located = a.line() > 0 && a.problem().contains("line " + a.line());
            problem.setText((a.line() > 0 && !located ? "Line " + a.line() + ", column " + a.column() + ": " : "")
                    + a.problem() + " — Save is off until this is fixed.");
            if (a.line() > 0 && a.line() <= area.getParagraphs().size()) {
                markedLine = a.line() - 1;
                area.setParagraphStyle(markedLine, List.of("error-line"));
            }
        } else {
            problem.setText("");
        }
        changes.getItems().setAll(a.changes());
        if (a.edited() != null && model.target().editsDataOnly()) {
            metaTags.show(Analysis.tagsOf(a.edited()));
        }
        patch.setText(a.patch());
        if (a.problem() == null) {
            inline.setText(a.inline());
        }
        sideBySide.show(model.originalText(), model.text());
    }

    /** A MetaTags table edit: written into the text (undoable), which stays the one source of the edit. */
    private void tagsEdited(ObjectNode tags) {
        Analysis a = model.analysisProperty().get();
        if (a.edited() == null) {
            problem.setText("Fix the text first: the MetaTags table edits the text's MetaTags.");
            return;
        }
        var editable = (ObjectNode) Analysis.editable(a.edited());
        editable.set("MetaTags", tags);
        // the text is written off the FX thread and applied only if nobody typed meanwhile
        replaceIfUnchanged(() -> RobloxJson.pretty(editable));
    }

    /**
     * Hands the text to the model after a typing pause. It is assembled in the background from an immutable snapshot
     * of the document (a megabyte of text takes hundreds of milliseconds to assemble); a read overtaken by another
     * edit or a reset is dropped.
     */
    private void readText() {
        var snapshot = area.getContent().snapshot();
        long mine = ++reads;
        tasks.execute(BackgroundTask.of("Read the edited text", snapshot::getText).onSuccess(text -> {
            if (mine == reads && area.isEditable()) {
                model.textChanged(text);
            }
        }));
    }

    /** Indents the text (one undoable change, of the lines whose spacing changes); dropped if typing came first. */
    private void format() {
        if (!area.isEditable()) {
            return; // the text is being put back
        }
        model.format(pretty -> replaceIfUnchanged(() -> pretty));
    }

    /** Replaces the text by {@code text} (made in the background) where they differ, unless it changed meanwhile. */
    private void replaceIfUnchanged(Supplier<String> text) {
        long at = edits;
        patchTo(text, p -> {
            if (at == edits && area.isEditable() && !p.none()) {
                area.replaceText(p.start(), p.end(), p.text());
            }
        }, () -> { });
    }

    /** Works out in the background what turns the text shown into {@code text} (ADR 0269); then, on the FX thread. */
    private void patchTo(Supplier<String> text, Consumer<TextPatch> apply, Runnable then) {
        var shown = area.getContent().snapshot();
        tasks.execute(BackgroundTask.of("Compare the text", () -> TextPatch.between(shown.getText(), text.get()))
                .onSuccess(apply).onFinished(then));
    }

    /**
     * The model put its text back (Discard, a save, a delivery): compared with the text shown in the background, and
     * only what differs is replaced (ADR 0269). The area is read-only until then, so nothing typed meanwhile is
     * overwritten; a read of the text typed before is dropped.
     */
    private void reset(String text) {
        long mine = ++resets;
        reads++;
        area.setEditable(false);
        patchTo(() -> text, p -> {
            if (mine == resets && !p.none()) {
                reads++;
                area.replaceText(p.start(), p.end(), p.text());
                area.moveTo(p.start());
                area.requestFollowCaret();
            }
        }, () -> {
            if (mine == resets) {
                area.setEditable(true);
            }
        });
    }

    /** The text now in the editor (tests). */
    public String text() {
        return area.getText();
    }

    public CodeArea area() {
        return area;
    }


    /** The unsaved edit and a pending wait for the release, for the shell's exit guard. */
    @Override
    public List<String> unsavedWork() {
        String key = model.target().ref().key();
        List<String> out = new ArrayList<>();
        if (model.dirty()) {
            out.add("the unsaved edit of " + key);
        }
        if (waiter.waitingProperty().get()) {
            out.add("the save of " + key + " waiting for the server to release it");
        }
        if (handover.runningProperty().get()) {
            out.add("the hand-over of " + key + " (its request would be left for the server)");
        }
        return out;
    }
}
