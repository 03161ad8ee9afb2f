package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Line numbers: one per line shown, right-aligned, all as wide as the widest number, wider when lines grow. */
@ExtendWith(FxThreadLookups.class)
class LineNumbersTest {
    private CodeArea area;

    @Start
    void start(Stage stage) {
        area = new CodeArea("a\nb\nc\nd\ne\nf\ng\nh\ni");
        area.setParagraphGraphicFactory(LineNumbers.of(area));
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 400, 400));
        stage.show();
    }

    @Test
    void eachLineShowsItsNumberAndTheColumnWidensWithTheTenthLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Region> nine = numbers(robot);
        assertThat(nine).extracting(LineNumbersTest::text)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        double oneDigit = nine.get(0).getWidth();
        assertThat(nine).allSatisfy(n -> assertThat(n.getWidth()).isEqualTo(oneDigit));

        robot.interact(() -> area.appendText("\nj"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Region> ten = numbers(robot);
        assertThat(ten).extracting(LineNumbersTest::text).endsWith("9", "10");
        double twoDigits = ten.get(0).getWidth();
        assertThat(twoDigits).as("a digit wider").isGreaterThan(oneDigit + 4);
        assertThat(ten).allSatisfy(n -> assertThat(n.getWidth()).isEqualTo(twoDigits));
        assertThat(LineNumbers.digits(0)).isEqualTo(1);
        assertThat(LineNumbers.digits(100_000)).isEqualTo(6);
    }

    private static List<Region> numbers(FxRobot robot) {
        return robot.lookup(".lineno").queryAllAs(Region.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .toList();
    }

    private static String text(Node number) {
        return ((Text) ((Region) number).getChildrenUnmodifiable().get(0)).getText();
    }
}
