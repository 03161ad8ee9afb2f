package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.raw.RawPane;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Before its first read is in, a profile's tab shows its panes empty and says the key is being read (ADR 0261); the
 * read fills the same Data tree and Raw view; a read that fails says so in the panes, and Refresh tries again.
 */
@ExtendWith(FxThreadLookups.class)
class ProfileLoadingUITest {
    private static final EntryRef GOOD = EntryRef.of("PlayerData", "Player_1");
    private static final EntryRef BAD = EntryRef.of("PlayerData", "Player_2");
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ConnectionSession session;
    private ProfileLoader loader;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        write(GOOD, "{\"Data\":{\"Coins\":7},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + "\"MetaTags\":{\"Tier\":2},\"LastUpdate\":1},\"GlobalUpdates\":[0,[]]}");
        write(BAD, "{\"Data\":{\"Coins\":");
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, source);
        loader = ProfileViews.loader();
    }

    private void write(EntryRef ref, String value) {
        source.write(new WriteRequest(ref, value.getBytes(StandardCharsets.UTF_8), List.of(1L), "{}",
                Precondition.none()));
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private ProfileView open(FxRobot robot, EntryRef ref) {
        ProfileView[] view = new ProfileView[1];
        robot.interact(() -> {
            ProfileViewModel model = new ProfileViewModel(session, tasks, dialogs, loader, ref, r -> { });
            model.refresh(); // as the main window does: the read starts before the view is made
            view[0] = new ProfileView(model);
            view[0].setOnIntent((snapshot, intent) -> { }); // as the main window does: a writable profile is edited
            ProfileViews.show(stage, view[0]);
        });
        return view[0];
    }

    private static List<String> titles(ProfileView view) {
        return view.panes().getTabs().stream().map(Tab::getText).toList();
    }

    /** What the Data tree says while it has no rows. */
    private static String placeholder(Node dataPane) {
        return ((Label) ((TreeTableView<?>) dataPane.lookup(".tree-table-view")).getPlaceholder()).getText();
    }

    /** The note in the middle of the Raw pane, or null when it shows text. */
    private static String rawNote(Node rawPane) {
        Node center = ((BorderPane) rawPane).getCenter();
        return center instanceof BorderPane b && b.getCenter() instanceof Label l ? l.getText() : null;
    }

    private static String note(ProfileView view, int tab) {
        return ((Label) view.panes().getTabs().get(tab).getContent().lookup(".label")).getText();
    }

    @Test
    void theEmptyPanesSayTheKeyIsReadThenTheReadFillsThem(FxRobot robot) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        session.lane().execute(() -> {
            try {
                held.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ProfileView view = open(robot, GOOD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(view)).containsExactly("Data", "MetaTags", "Global updates", "Session", "Key info", "Raw");
        Node dataPane = view.panes().getTabs().get(0).getContent();
        assertThat(placeholder(dataPane)).isEqualTo(LoadingPanes.READING);
        for (int tab = 1; tab <= 4; tab++) {
            assertThat(note(view, tab)).isEqualTo(LoadingPanes.READING);
        }
        Node rawPane = view.panes().getTabs().get(5).getContent();
        assertThat(rawNote(rawPane)).as("the Raw view says so too").isEqualTo(LoadingPanes.READING);
        assertThat(view.model().snapshotProperty().get()).isNull();

        held.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, view::fullyShown);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(view)).containsExactly("Data", "MetaTags", "Global updates", "Session", "Key info", "Raw");
        assertThat(view.panes().getTabs().get(0).getContent()).as("the same Data tree, filled").isSameAs(dataPane);
        assertThat(view.panes().getTabs().get(5).getContent()).as("the same Raw view, filled").isSameAs(rawPane);
        assertThat(rawNote(rawPane)).as("its note gone").isNull();
        assertThat(rawPane.lookup("#raw-text")).isNotNull();
        assertThat(robot.lookup("#data-tree").queryAs(TreeTableView.class).getRoot().getChildren()).hasSize(1);
        assertThat(robot.lookup("#metatags-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFailedReadSaysSoInThePanes(FxRobot robot) throws Exception {
        ProfileView view = open(robot, BAD);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not read Player_2");
        assertThat(view.model().snapshotProperty().get()).isNull();
        assertThat(placeholder(view.panes().getTabs().get(0).getContent()))
                .isEqualTo(LoadingPanes.FAILED);
        assertThat(note(view, 2)).isEqualTo(LoadingPanes.FAILED);
        Node raw = view.panes().getTabs().get(5).getContent();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ((RawPane) raw).readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#raw-text").queryAs(CodeArea.class).getText())
                .as("the damaged value as stored, in the Raw pane").isEqualTo("{\"Data\":{\"Coins\":");

        write(BAD, "{\"Data\":{\"Coins\":3,\"Gems\":1},\"MetaData\":{\"ProfileCreateTime\":1,"
                + "\"SessionLoadCount\":1,\"MetaTags\":{},\"LastUpdate\":1},\"GlobalUpdates\":[0,[]]}");
        robot.interact(() -> view.model().refresh());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, view::fullyShown);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#data-tree").queryAs(TreeTableView.class).getRoot().getChildren()).hasSize(2);
        assertThat(robot.lookup("#session-lock-state").tryQuery()).as("the Session pane, read").isPresent();
    }
}
