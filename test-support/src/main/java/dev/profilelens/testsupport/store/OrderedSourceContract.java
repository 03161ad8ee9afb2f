package dev.profilelens.testsupport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedEntryExistsException;
import dev.profilelens.core.ordered.OrderedEntryMissingException;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.Page;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link OrderedSource} must have (datastore2.md §2). A connector's test extends this class and
 * returns a fresh, empty, writable source. Checked once for all: exclusive create, update with and without
 * allow-missing, increment (creating, overflow refused), immediate delete, listing by value both ways with the
 * min/max range and paging, names with {@code /}, and Roblox's key limit.
 */
public abstract class OrderedSourceContract {
    protected static final OrderedStoreRef BOARD = OrderedStoreRef.of("Leaderboard");
    protected OrderedSource source;

    protected abstract OrderedSource newSource() throws Exception;

    @BeforeEach
    void openSource() throws Exception {
        source = newSource();
    }

    @AfterEach
    void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    /** Every entry of a listing, following cursors through short and empty pages. */
    protected List<OrderedEntry> all(OrderedStoreRef store, OrderedQuery q, int pageSize) {
        List<OrderedEntry> out = new ArrayList<>();
        @Nullable String cursor = null;
        int pages = 0;
        do {
            Page<OrderedEntry> p = source.list(store, q, cursor, pageSize);
            assertThat(p.items().size()).isLessThanOrEqualTo(pageSize);
            out.addAll(p.items());
            cursor = p.nextCursor();
            assertThat(++pages).as("pages").isLessThan(1000);
        } while (cursor != null);
        return out;
    }

    private static List<String> keys(List<OrderedEntry> entries) {
        return entries.stream().map(OrderedEntry::key).toList();
    }

    @Test
    void createIsExclusive() {
        assertThat(source.create(BOARD, "p1", 10)).isEqualTo(new OrderedEntry("p1", 10));
        assertThatThrownBy(() -> source.create(BOARD, "p1", 99)).isInstanceOf(OrderedEntryExistsException.class)
                .hasMessageContaining("p1");
        assertThat(source.get(BOARD, "p1")).contains(new OrderedEntry("p1", 10));
        assertThat(source.get(BOARD, "nobody")).isEmpty();
    }

    @Test
    void updateNeedsTheEntryUnlessMissingIsAllowed() {
        assertThatThrownBy(() -> source.update(BOARD, "p1", 5, false))
                .isInstanceOf(OrderedEntryMissingException.class);
        assertThat(source.get(BOARD, "p1")).isEmpty();
        assertThat(source.update(BOARD, "p1", 5, true).value()).isEqualTo(5);
        assertThat(source.update(BOARD, "p1", -7, false).value()).isEqualTo(-7);
        assertThat(source.get(BOARD, "p1")).contains(new OrderedEntry("p1", -7));
    }

    @Test
    void incrementCreatesAddsAndRefusesOverflow() {
        assertThat(source.increment(BOARD, "p1", 3).value()).isEqualTo(3);
        assertThat(source.increment(BOARD, "p1", -10).value()).isEqualTo(-7);
        source.create(BOARD, "big", Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> source.increment(BOARD, "big", 2)).isInstanceOf(InvalidInputException.class);
        assertThat(source.get(BOARD, "big").orElseThrow().value()).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(source.increment(BOARD, "big", 1).value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void deleteIsImmediateAndSaysWhetherThereWasAnEntry() {
        source.create(BOARD, "p1", 1);
        assertThat(source.delete(BOARD, "p1")).isTrue();
        assertThat(source.get(BOARD, "p1")).isEmpty();
        assertThat(source.delete(BOARD, "p1")).isFalse();
        assertThat(all(BOARD, OrderedQuery.ascending(), 10)).isEmpty();
        source.create(BOARD, "p1", 2);
        assertThat(source.get(BOARD, "p1").orElseThrow().value()).isEqualTo(2);
    }

    @Test
    void listsByValueBothWaysWithTiesByKeyAcrossPages() {
        List<String> expectedAsc = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            source.create(BOARD, "k" + (char) ('a' + i), (i * 7) % 11 - 5);
        }
        List<OrderedEntry> asc = all(BOARD, OrderedQuery.ascending(), 10);
        assertThat(asc).hasSize(23);
        for (int i = 1; i < asc.size(); i++) {
            OrderedEntry a = asc.get(i - 1);
            OrderedEntry b = asc.get(i);
            assertThat(a.value() < b.value() || (a.value() == b.value() && a.key().compareTo(b.key()) < 0))
                    .as("%s before %s", a, b).isTrue();
        }
        asc.forEach(e -> expectedAsc.add(e.key()));
        List<OrderedEntry> desc = all(BOARD, OrderedQuery.descendingOrder(), 7);
        assertThat(desc).hasSize(23);
        for (int i = 1; i < desc.size(); i++) {
            assertThat(desc.get(i - 1).value()).isGreaterThanOrEqualTo(desc.get(i).value());
        }
        assertThat(desc.get(0).value()).isEqualTo(5);
        assertThat(keys(all(BOARD, OrderedQuery.ascending(), 100))).isEqualTo(expectedAsc);
    }

    @Test
    void minAndMaxBoundTheListingInclusively() {
        for (int v = -3; v <= 12; v++) {
            source.create(BOARD, "v" + (v + 100), v);
        }
        assertThat(all(BOARD, new OrderedQuery(false, 2L, 5L), 10)).extracting(OrderedEntry::value)
                .containsExactly(2L, 3L, 4L, 5L);
        assertThat(all(BOARD, new OrderedQuery(true, 10L, null), 2)).extracting(OrderedEntry::value)
                .containsExactly(12L, 11L, 10L);
        assertThat(all(BOARD, new OrderedQuery(false, null, -2L), 10)).extracting(OrderedEntry::value)
                .containsExactly(-3L, -2L);
    }

    @Test
    void topOneDescendingIsTheMaximum() {
        for (int i = 1; i <= 12; i++) {
            source.create(BOARD, Integer.toString(i), i);
        }
        Page<OrderedEntry> top = source.list(BOARD, OrderedQuery.descendingOrder(), null, 1);
        List<OrderedEntry> first = new ArrayList<>(top.items());
        String cursor = top.nextCursor();
        while (first.isEmpty() && cursor != null) {
            Page<OrderedEntry> p = source.list(BOARD, OrderedQuery.descendingOrder(), cursor, 1);
            first.addAll(p.items());
            cursor = p.nextCursor();
        }
        assertThat(first).containsExactly(new OrderedEntry("12", 12));
    }

    @Test
    void storesAndScopesAreSeparateAndNamesMayHoldSlashes() {
        OrderedStoreRef ds2 = OrderedStoreRef.of("DATA/12345");
        OrderedStoreRef other = new OrderedStoreRef("DATA/12345", "other");
        source.create(ds2, "41", 41);
        source.create(other, "41", 7);
        source.create(BOARD, "41", 1);
        assertThat(source.get(ds2, "41").orElseThrow().value()).isEqualTo(41);
        assertThat(source.get(other, "41").orElseThrow().value()).isEqualTo(7);
        assertThat(all(ds2, OrderedQuery.descendingOrder(), 10)).containsExactly(new OrderedEntry("41", 41));
    }

    @Test
    void keysLongerThanFiftyCharactersAreRefused() {
        String key = "k".repeat(51);
        assertThatThrownBy(() -> source.create(BOARD, key, 1)).isInstanceOf(InvalidInputException.class);
        assertThat(all(BOARD, OrderedQuery.ascending(), 10)).isEmpty();
    }
}
