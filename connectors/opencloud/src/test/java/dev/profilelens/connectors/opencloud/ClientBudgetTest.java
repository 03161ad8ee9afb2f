package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.RequestBudget.Category;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Pacing in a fake clock: acquire never blocks here because the test only asks for what is due. */
class ClientBudgetTest {
    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aLongJobIsSpacedAtTheBudgetsPaceAfterASmallBurst() throws Exception {
        ClientBudget budget = new ClientBudget(300, now::get);
        List<Long> sentAt = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            while (budget.eta(Category.READ, 1).toMillis() > 0) {
                now.addAndGet(10);
            }
            budget.acquire(Category.READ);
            sentAt.add(now.get());
        }
        assertThat(sentAt.subList(0, 10)).as("a burst of 10").allMatch(t -> t == 1_000_000);
        for (int i = 11; i < sentAt.size(); i++) {
            assertThat(sentAt.get(i) - sentAt.get(i - 1)).as("one request per 200 ms").isBetween(200L, 210L);
        }
        assertThat(budget.remaining(Category.READ)).isEqualTo(260);
        assertThat(budget.remaining(Category.WRITE)).as("categories are separate").isEqualTo(300);
    }

    @Test
    void etaCountsTheBurstThePaceAndAPauseAfter429() {
        ClientBudget budget = new ClientBudget(600, now::get);
        assertThat(budget.eta(Category.LIST, 10)).isEqualTo(Duration.ZERO);
        assertThat(budget.eta(Category.LIST, 610)).isEqualTo(Duration.ofSeconds(60));
        budget.pause(Category.LIST, 5_000);
        assertThat(budget.eta(Category.LIST, 10)).isEqualTo(Duration.ofSeconds(5));
        assertThat(budget.eta(Category.READ, 10)).isEqualTo(Duration.ZERO);
    }
}
