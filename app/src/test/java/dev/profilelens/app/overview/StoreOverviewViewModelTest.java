package dev.profilelens.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The overview scans local stores on selection, page by page, and waits to be asked on remote ones. */
class StoreOverviewViewModelTest {
    private final InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());

    private ConnectionSession session(String spec) {
        for (int i = 0; i < 250; i++) {
            source.write(new WriteRequest(EntryRef.of("PlayerData", "Player_" + i),
                    "{\"GlobalUpdates\":[0,[]]}".getBytes(StandardCharsets.UTF_8), List.of((long) i), "{}",
                    Precondition.none()));
        }
        return new ConnectionSession(TestProviders.installed(), new Connection("C", spec, "#000000",
                SafetyLevel.READ_ONLY, false), source);
    }

    @Test
    void aLocalStoreIsScannedWhenSelected() {
        try (ConnectionSession s = session("sqlite:/tmp/x.db")) {
            StoreOverviewViewModel m = new StoreOverviewViewModel(s, new CurrentThreadTaskExecutor(),
                    Clock.systemUTC());
            m.select("PlayerData");
            assertThat(m.surveyProperty().get()).isNotNull();
            assertThat(m.surveyProperty().get().keys()).isEqualTo(250);
            assertThat(m.surveyProperty().get().formats()).containsEntry("placeholder", 250L);
            assertThat(m.lifetimeUsersProperty().get()).isEqualTo(250);
            assertThat(m.runningProperty().get()).isFalse();
            assertThat(m.progressProperty().get()).isEmpty();
        }
    }

    @Test
    void aRemoteStoreWaitsForTheUserAndSaysWhatAScanCosts() {
        try (ConnectionSession s = session("opencloud:123")) {
            StoreOverviewViewModel m = new StoreOverviewViewModel(s, new CurrentThreadTaskExecutor(),
                    Clock.systemUTC());
            m.select("PlayerData");
            assertThat(m.surveyProperty().get()).isNull();
            assertThat(m.progressProperty().get()).contains("one request each");
            m.scan();
            assertThat(m.surveyProperty().get().keys()).isEqualTo(250);
        }
    }

    @Test
    void aHeldScanRunsWhenTheHoldEndsAndLaterSelectionsScanAtOnce() {
        try (ConnectionSession s = session("sqlite:/tmp/x.db")) {
            CompletableFuture<Void> hold = new CompletableFuture<>();
            StoreOverviewViewModel m = new StoreOverviewViewModel(s, new CurrentThreadTaskExecutor(),
                    Clock.systemUTC(), hold);
            m.select("PlayerData");
            m.select("PlayerData");
            assertThat(m.surveyProperty().get()).as("held").isNull();
            assertThat(m.runningProperty().get()).isFalse();
            hold.complete(null);
            assertThat(m.surveyProperty().get().keys()).isEqualTo(250);
            m.select("Other");
            assertThat(m.surveyProperty().get()).as("scanned at once, nothing holds it now").isNotNull();
            assertThat(m.surveyProperty().get().keys()).isZero();
        }
    }
}
