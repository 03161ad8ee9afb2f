package dev.profilelens.app.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.env.TestEnvironments;
import dev.profilelens.app.metaaudit.MetaAuditViewModel;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.core.store.BudgetUse;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The budget meter and the waiting label in a real (headless) window; a throttled scan cancelled at once. */
@ExtendWith(FxThreadLookups.class)
class BudgetUITest {
    /** A budget whose uses the test changes while the widgets poll it. */
    private static final class Scripted implements RequestBudget {
        final Map<Category, BudgetUse> uses = new EnumMap<>(Category.class);

        @Override
        public int limitPerMinute(Category category) {
            return 300;
        }

        @Override
        public int remaining(Category category) {
            return 300 - use(category).used();
        }

        @Override
        public synchronized BudgetUse use(Category category) {
            return uses.getOrDefault(category, new BudgetUse(category, 0, 300, 0, Duration.ZERO));
        }

        synchronized void set(BudgetUse u) {
            uses.put(u.category(), u);
        }
    }

    private final Scripted budget = new Scripted();
    private BudgetMeter meter;
    private BudgetWaitLabel waiting;

    @Start
    void start(Stage stage) {
        meter = new BudgetMeter();
        waiting = new BudgetWaitLabel("test-waiting", () -> budget);
        stage.setScene(new Scene(new VBox(meter, waiting), 700, 120));
        stage.show();
    }

    @Test
    void theMeterShowsUseAnd429sAndTheLabelSaysWhyTheTaskWaits(FxRobot robot) throws Exception {
        assertThat(meter.isVisible()).as("hidden without a budget").isFalse();
        robot.interact(() -> meter.follow(budget));
        budget.set(new BudgetUse(RequestBudget.Category.LIST, 12, 300, 0, Duration.ZERO, BudgetUse.Wait.NONE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> meter.getText().contains("list 12/300"));
        assertThat(meter.isVisible()).isTrue();
        assertThat(waiting.isVisible()).isFalse();
        budget.set(new BudgetUse(RequestBudget.Category.LIST, 300, 300, 3, Duration.ofSeconds(20),
                BudgetUse.Wait.THROTTLED));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> waiting.isVisible());
        assertThat(waiting.getText()).startsWith("waiting ").contains("for the list budget: Roblox answered 429");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> meter.getText().contains("429s 3"));
        assertThat(meter.getTooltip().getText()).contains("list: 300/300, 429s 3");
    }

    @Test
    void cancelStopsAScanThatWaitsForTheBudget(FxRobot robot, @TempDir Path dir) throws Exception {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000));
             FxTaskExecutor tasks = new FxTaskExecutor()) {
            emulator.seedIfEmpty("1", 40, 3);
            ConnectionSession session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX,
                    TestProviders.installed().openSource(
                    "opencloud:1@" + emulator.baseUrl(), Map.of("apiKey", "dev-key", "budget", "2", "v1Budget", "2")));
            MetaAuditViewModel model = new MetaAuditViewModel(session, tasks, new RecordingDialogs(), dir,
                    Platform::runLater, TestEnvironments.temporary().team(), java.time.Clock.systemUTC());
            BudgetWaitLabel label = new BudgetWaitLabel("scan-waiting", model::budget);
            robot.interact(() -> ((VBox) meter.getParent()).getChildren().add(label));
            robot.interact(() -> model.scan("PlayerData", "", List.of()));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, label::isVisible);
            assertThat(label.getText()).contains("budget");
            long t0 = System.nanoTime();
            robot.interact(model::cancel);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.runningProperty().get());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.out.println("scan cancelled while waiting for the budget: stopped after " + ms + " ms");
            assertThat(ms).as("the wait was ~30 s; cancel must not sit it out").isLessThan(15_000);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.statusProperty().get()
                    .contains("matching profiles"));
            assertThat(model.statusProperty().get()).as("the result is labelled partial with its count")
                    .containsPattern("partial result: \\d+");
            session.close();
        }
    }
}
