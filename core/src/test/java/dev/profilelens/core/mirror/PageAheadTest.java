package dev.profilelens.core.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.UnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The mirror's read-ahead: items in order, the producer's end and failure reach the caller, close stops it. */
class PageAheadTest {
    @Test
    void itemsArriveInOrderAndTheEndSaysWhetherTheProducerFinished() throws Exception {
        List<Integer> got = new ArrayList<>();
        try (PageAhead<Integer> r = new PageAhead<>("t", 2, put -> {
            for (int i = 0; i < 50; i++) {
                put.test(i);
            }
            return true;
        })) {
            for (Optional<Integer> n = r.next(); n.isPresent(); n = r.next()) {
                got.add(n.get());
            }
            assertThat(r.complete()).isTrue();
        }
        assertThat(got).hasSize(50).isSorted();
        try (PageAhead<Integer> r = new PageAhead<>("t", 2, put -> false)) {
            assertThat(r.next()).isEmpty();
            assertThat(r.complete()).as("cancelled").isFalse();
        }
    }

    @Test
    void theProducersFailureIsRethrownAfterTheItemsBeforeIt() throws Exception {
        try (PageAhead<String> r = new PageAhead<>("t", 2, put -> {
            put.test("page 1");
            throw new UnavailableException("the source stayed busy");
        })) {
            assertThat(r.next()).contains("page 1");
            assertThatThrownBy(r::next).isInstanceOf(UnavailableException.class).hasMessage("the source stayed busy");
        }
    }

    @Test
    void closeStopsAProducerThatIsAhead() throws Exception {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        PageAhead<Integer> r = new PageAhead<>("t", 2, put -> {
            while (true) {
                if (!put.test(made.incrementAndGet())) {
                    refused.incrementAndGet();
                    return false;
                }
            }
        });
        assertThat(r.next()).contains(1);
        r.close();
        assertThat(refused.get()).as("the producer was told to stop").isEqualTo(1);
        assertThat(made.get()).as("at most a few items ahead").isLessThanOrEqualTo(6);
    }
}
