package dev.profilelens.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetStatusTest {
    /** A budget whose uses the test sets. */
    private static final class Fixed implements RequestBudget {
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
        public BudgetUse use(Category category) {
            return uses.getOrDefault(category, new BudgetUse(category, 0, 300, 0, Duration.ZERO));
        }
    }

    @Test
    void theSummaryShowsUseAnd429sAndNamesTheWait() {
        Fixed b = new Fixed();
        b.uses.put(RequestBudget.Category.LIST, new BudgetUse(RequestBudget.Category.LIST, 300, 300, 2,
                Duration.ofMillis(4_200), BudgetUse.Wait.FULL));
        b.uses.put(RequestBudget.Category.V1_WRITE, new BudgetUse(RequestBudget.Category.V1_WRITE, 7, 300, 0,
                Duration.ofMillis(100), BudgetUse.Wait.PACE));
        assertThat(BudgetStatus.summary(b)).isEqualTo("Budget read 0/300 · write 0/300 · list 300/300 · "
                + "v1 write 7/300 · 429s 2 · waiting 5 s for the list budget: 300 of 300 requests of the last "
                + "minute spent");
        assertThat(BudgetStatus.details(b)).contains("list: 300/300, 429s 2, next free slot in 5 s")
                .contains("read: 0/300, 429s 0, next free slot now");
    }

    @Test
    void shortPacingWaitsAreNotAnnouncedButA429Is() {
        Fixed b = new Fixed();
        b.uses.put(RequestBudget.Category.READ, new BudgetUse(RequestBudget.Category.READ, 3, 300, 0,
                Duration.ofMillis(200)));
        assertThat(BudgetStatus.waiting(b)).isEmpty();
        b.uses.put(RequestBudget.Category.READ, new BudgetUse(RequestBudget.Category.READ, 3, 300, 1,
                Duration.ofSeconds(30), BudgetUse.Wait.THROTTLED));
        assertThat(BudgetStatus.waiting(b)).hasValue("waiting 30 s for the read budget: Roblox answered 429 "
                + "(too many requests)");
        assertThat(BudgetStatus.waiting(null)).isEmpty();
        assertThat(BudgetStatus.partial(120, 300L, "keys indexed")).isEqualTo("partial result: 120 of 300 keys "
                + "indexed");
    }
}
