package dev.profilelens.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The frame follows the connection in front, and asking again for the frame already shown changes nothing. */
@ExtendWith(FxThreadLookups.class)
class ConnectionFrameUITest {
    private static final Connection DEV = new Connection("Dev", "memory:dev", "#3366cc", SafetyLevel.FREE, false);
    private static final Connection PROD = new Connection("Prod", "memory:prod", "#cc3333", SafetyLevel.FREE, true);

    @Test
    void framesFollowTheConnectionAndTheSameFrameTouchesNoStyleClass() {
        StackPane area = new StackPane();
        List<String> changes = new ArrayList<>();
        area.getStyleClass().addListener((ListChangeListener<String>) c -> changes.add(c.toString()));

        ConnectionFrame.frame(area, DEV);
        assertThat(area.getStyleClass()).contains(ConnectionFrame.FRAME_CLASS)
                .doesNotContain(ConnectionFrame.PRODUCTION_FRAME_CLASS);
        assertThat(area.getStyle()).isEqualTo("-pl-connection: #3366cc;");
        int afterFirst = changes.size();
        ConnectionFrame.frame(area, DEV);
        assertThat(changes).as("the same frame again").hasSize(afterFirst);

        ConnectionFrame.frame(area, PROD);
        assertThat(area.getStyleClass()).contains(ConnectionFrame.PRODUCTION_FRAME_CLASS)
                .doesNotContain(ConnectionFrame.FRAME_CLASS);
        assertThat(area.getStyle()).isEqualTo("-pl-connection: #cc3333;");

        ConnectionFrame.frame(area, null);
        assertThat(area.getStyleClass()).doesNotContain(ConnectionFrame.FRAME_CLASS,
                ConnectionFrame.PRODUCTION_FRAME_CLASS);
        assertThat(area.getStyle()).isEmpty();
    }
}
