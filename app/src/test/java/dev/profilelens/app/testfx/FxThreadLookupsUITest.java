package dev.profilelens.app.testfx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

@ExtendWith(FxThreadLookups.class)
class FxThreadLookupsUITest {
    private final List<Boolean> onFx = new CopyOnWriteArrayList<>();
    private Button button;
    private int clicks;

    @Start
    void start(Stage stage) {
        button = new Button("Press");
        button.setId("press");
        button.setOnAction(e -> clicks++);
        Label label = new Label("text");
        label.setId("label");
        stage.setScene(new Scene(new VBox(label, button), 200, 100));
        stage.show();
    }

    private boolean seen(Node n) {
        onFx.add(Platform.isFxApplicationThread());
        return n instanceof Label;
    }

    @Test
    void everyKindOfLookupWalksTheSceneOnTheFxThread(FxRobot robot) {
        assertThat(Thread.currentThread().getName()).as("the test itself runs off the FX thread")
                .isNotEqualTo("JavaFX Application Thread");
        assertThat(robot.lookup(this::seen).queryAs(Label.class).getText()).isEqualTo("text");
        assertThat(robot.fromAll().lookup(this::seen).tryQuery()).isPresent();
        Set<Node> all = robot.from(button.getParent()).lookup(this::seen).queryAll();
        assertThat(all).hasSize(1);
        assertThat(robot.lookup(".button").match(this::seen).tryQuery()).isEmpty();
        assertThat(onFx).isNotEmpty().containsOnly(true);
        assertThat(robot.lookup("#label").queryLabeled().getText()).isEqualTo("text");
        assertThat(robot.lookup("#nothing").tryQuery()).isEmpty();
    }

    @Test
    void aClickByQueryFindsItsNodeAndClicksIt(FxRobot robot) {
        robot.clickOn("#press");
        robot.clickOn("Press");
        assertThat(clicks).isEqualTo(2);
    }

    @Test
    void aLookupInsideInteractRunsInPlaceWithoutWaitingForItself(FxRobot robot) {
        robot.interact(() -> assertThat(robot.lookup("#press").queryButton()).isSameAs(button));
    }
}
