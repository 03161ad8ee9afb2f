package dev.profilelens.app.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.core.updates.Delivery.State;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the delivery's status line names what was sent and where each update is. */
class DeliveryWordsTest {
    @Test
    void oneUpdateIsNamedByItsNumberAndState() {
        assertThat(Plurals.word(1, "global update") + " "
                + DeliveryViewModel.progress(List.of(5L), List.of(State.QUEUED))).isEqualTo("global update #5: queued");
    }

    @Test
    void severalAreCountedInThePluralEachWithItsState() {
        assertThat(Plurals.word(2, "message") + " " + DeliveryViewModel.progress(List.of(5L, 6L),
                List.of(State.TAKEN, State.LOCKED))).isEqualTo("messages #5 taken, #6 being applied");
        assertThat(DeliveryViewModel.numbers(List.of(7L, 8L, 9L))).isEqualTo("#7, #8, #9");
    }
}
