package dev.profilelens.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.profile.ProfileLoader;
import dev.profilelens.app.profile.ProfileViewModel;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.app.task.HeldTaskExecutor;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browser and profile ViewModels with a current-thread executor over an in-memory source. */
class BrowserViewModelTest {
    private final InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ConnectionSession session;
    private BrowserViewModel vm;

    private void put(String store, String key, String value) {
        source.write(new WriteRequest(EntryRef.of(store, key), value.getBytes(StandardCharsets.UTF_8), List.of(),
                "{}", Precondition.none()));
    }

    @BeforeEach
    void setUp() {
        for (int i = 0; i < 450; i++) {
            put("PlayerData", String.format("Player_%04d", i), "{\"GlobalUpdates\":[0,[]]}");
        }
        put("Alpha", "k", "1");
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, source);
        vm = new BrowserViewModel(session, new CurrentThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void opensPlayerDataFirstAndLoadsOnePageAtATime() {
        vm.loadStores();
        assertThat(vm.stores()).containsExactly("Alpha", "PlayerData");
        assertThat(vm.storeProperty().get()).isEqualTo("PlayerData");
        assertThat(vm.keys()).hasSize(BrowserViewModel.PAGE);
        assertThat(vm.hasMoreProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("200+ keys loaded");
        vm.loadMore();
        vm.loadMore();
        assertThat(vm.keys()).hasSize(450);
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.keys()).extracting(r -> r.ref().key()).doesNotHaveDuplicates().isSorted();
        vm.loadMore();
        assertThat(vm.keys()).hasSize(450);
    }

    @Test
    void theFirstStoresFirstPageIsReadInTheSameTaskAsTheStoreNames() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        BrowserViewModel cold = new BrowserViewModel(session, held, dialogs);
        cold.loadStores();
        held.release();
        assertThat(held.waiting()).as("no second read: the keys came with the names").isZero();
        assertThat(cold.storeProperty().get()).isEqualTo("PlayerData");
        assertThat(cold.keys()).hasSize(BrowserViewModel.PAGE);
        assertThat(cold.statusProperty().get()).isEqualTo("200+ keys loaded");
        cold.loadMore();
        held.release();
        assertThat(cold.keys()).hasSize(400).extracting(r -> r.ref().key()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aScopeChangedWhileTheStoresAreListedIsSearchedAgain() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        BrowserViewModel cold = new BrowserViewModel(session, held, dialogs);
        cold.loadStores();
        cold.scopeProperty().set("elsewhere");
        held.release();
        assertThat(held.waiting()).as("the page read for scope global is not shown").isEqualTo(1);
        assertThat(cold.keys()).isEmpty();
        held.release();
        assertThat(cold.keys()).isEmpty();
        assertThat(cold.emptyProperty().get()).isEqualTo("No keys in PlayerData, scope \"elsewhere\".");
    }

    @Test
    void aNewPrefixStartsOverWithOnlyMatchingKeys() {
        vm.loadStores();
        vm.prefixProperty().set("Player_01");
        vm.search();
        assertThat(vm.keys()).hasSize(100).allMatch(r -> r.ref().key().startsWith("Player_01"));
        assertThat(vm.statusProperty().get()).isEqualTo("100 keys loaded");
    }

    @Test
    void readingAKeyGivesItsRowBadges() {
        put("PlayerData", "Player_0003", "{\"Data\":{},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + "\"ActiveSession\":[1,\"j\"],\"MetaTags\":[],\"LastUpdate\":1},\"GlobalUpdates\":[0,[]]}");
        vm.loadStores();
        List<KeyRow> seen = new ArrayList<>();
        ProfileViewModel profile = new ProfileViewModel(session, new CurrentThreadTaskExecutor(), dialogs,
                new ProfileLoader(Clock.systemUTC(), Runnable::run), EntryRef.of("PlayerData", "Player_0003"), row -> {
                    seen.add(row);
                    vm.markRead(row);
                });
        profile.refresh();
        assertThat(profile.snapshotProperty().get().lock().status().name()).isEqualTo("STALE");
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.format()).isEqualTo("PS");
            assertThat(r.lock()).isEqualTo("stale");
        });
        assertThat(vm.keys().get(3).lock()).isEqualTo("stale");
        assertThat(vm.keys().get(2).lock()).isNull();
    }

    @Test
    void failuresReachTheDialogService() {
        vm.storeProperty().set("x".repeat(60));
        vm.search();
        assertThat(dialogs.errors).singleElement().asString().contains("60 bytes");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void switchingStoreClearsThePrefixAndPluralsAreRight() {
        vm.loadStores();
        vm.prefixProperty().set("Player_0001");
        vm.search();
        assertThat(vm.statusProperty().get()).isEqualTo("1 key loaded");
        vm.openStore("Alpha");
        assertThat(vm.prefixProperty().get()).isEmpty();
        assertThat(vm.keys()).extracting(r -> r.ref().key()).containsExactly("k");
        assertThat(BrowserViewModel.loaded(1_200, true)).isEqualTo("1,200+ keys loaded");
        assertThat(BrowserViewModel.loaded(0, false)).isEqualTo("0 keys loaded");
    }

    @Test
    void anEmptyResultSaysWhatAndWhereAndEveryScopeCanBeSearched() {
        put("PlayerData", "Elsewhere_1", "1");
        source.write(new WriteRequest(new EntryRef("PlayerData", "beta", "Only_beta"),
                "1".getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
        vm.loadStores();
        vm.prefixProperty().set("Only_");
        vm.search();
        assertThat(vm.keys()).isEmpty();
        assertThat(vm.emptyProperty().get())
                .isEqualTo("No keys starting with \"Only_\" in PlayerData, scope \"global\".");
        vm.searchAllScopes();
        assertThat(vm.keys()).extracting(r -> r.ref().key()).containsExactly("Only_beta");
        assertThat(vm.emptyProperty().get()).isEmpty();
    }

    @Test
    void erasedKeysLeaveTheListWithTheCountAndEmptyTextUpToDate() {
        vm.loadStores();
        vm.prefixProperty().set("Player_001");
        vm.search();
        assertThat(vm.statusProperty().get()).isEqualTo("10 keys loaded");
        vm.removeKeys(List.of(EntryRef.of("PlayerData", "Player_0012"), EntryRef.of("PlayerData", "Player_0400"),
                new EntryRef("PlayerData", "other", "Player_0013")));
        assertThat(vm.keys()).extracting(r -> r.ref().key()).hasSize(9).doesNotContain("Player_0012")
                .contains("Player_0013");
        assertThat(vm.statusProperty().get()).isEqualTo("9 keys loaded");
        assertThat(vm.emptyProperty().get()).isEmpty();
        vm.removeKeys(vm.keys().stream().map(KeyRow::ref).toList());
        assertThat(vm.keys()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("0 keys loaded");
        assertThat(vm.emptyProperty().get())
                .isEqualTo("No keys starting with \"Player_001\" in PlayerData, scope \"global\".");
    }

    @Test
    void enterOpensOnlyAnExactMatch() {
        vm.loadStores();
        List<KeyRow> opened = new ArrayList<>();
        vm.prefixProperty().set("Player_001");
        vm.searchAndOpenExact(opened::add);
        assertThat(opened).isEmpty();
        vm.prefixProperty().set("Player_0012");
        vm.searchAndOpenExact(opened::add);
        assertThat(opened).extracting(r -> r.ref().key()).containsExactly("Player_0012");
    }
}
