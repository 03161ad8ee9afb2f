package dev.profilelens.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A remembered window opens on a screen, no bigger than it and no smaller than the minimum. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    private static final Rectangle2D RIGHT = new Rectangle2D(1440, 0, 1920, 1050);

    @Test
    void aTinyRememberedSizeOpensAtTheMinimum() {
        WindowState w = WindowPlacement.fit(new WindowState(100, 80, 198, 175, false), List.of(LAPTOP));
        assertThat(w.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(w.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
        assertThat(w.x()).isEqualTo(100);
    }

    @Test
    void aWindowOnAScreenThatIsGoneIsCentredOnTheFirstOne() {
        WindowState w = WindowPlacement.fit(new WindowState(2000, 100, 1200, 800, false), List.of(LAPTOP));
        assertThat(w.x()).isEqualTo((1440 - 1200) / 2.0);
        assertThat(w.y()).isEqualTo((870 - 800) / 2.0);
    }

    @Test
    void aWindowBiggerThanItsScreenShrinksToItAndStaysOnIt() {
        WindowState w = WindowPlacement.fit(new WindowState(1500, 10, 2500, 1400, true), List.of(LAPTOP, RIGHT));
        assertThat(w.width()).isEqualTo(1920);
        assertThat(w.height()).isEqualTo(1050);
        assertThat(w.x()).isEqualTo(1440);
        assertThat(w.maximized()).isTrue();
    }

    @Test
    void withoutARememberedPositionTheWindowIsCentred() {
        WindowState w = WindowPlacement.fit(WindowState.DEFAULT, List.of(LAPTOP));
        assertThat(w.hasPosition()).isTrue();
        assertThat(w.x()).isEqualTo((1440 - 1280) / 2.0);
    }
}
