package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxUsers;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.FindPlayer;
import dev.profilelens.core.find.FindReport;
import dev.profilelens.core.find.PlayerFinder;
import dev.profilelens.core.find.PlayerQuery;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserRecord;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Find a player over HTTP: names through the emulator's Users API route, keys through the data store API. */
class FindOverHttpTest {
    @Test
    void aNameResolvesOverTheUsersRouteAndTheSameKeysAreFoundAsInTheFile() throws Exception {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000))) {
            emulator.seedIfEmpty("7", 200, 7);
            String spec = "opencloud:7@" + emulator.baseUrl();
            long[] ids;
            try (SqliteProfileSource file = new SqliteProfileSource(emulator.stateFolder().resolve("universe-7.db"),
                    Clock.systemUTC(), dev.profilelens.connectors.sqlite.Retention.KEEP_ALL, true)) {
                ids = file.userIds();
            }
            long someone = ids[ids.length / 2];
            UserDirectory users = TestProviders.installed().userDirectory(spec);
            assertThat(users.describe()).contains(emulator.baseUrl());
            Optional<UserRecord> user = users.byName(SandboxUsers.nameOf(someone).toLowerCase());
            assertThat(user).map(UserRecord::id).contains(someone);
            assertThat(users.byName("NoSuchPlayer123")).isEmpty();
            long before = emulator.stats().admitted();
            users.byName(SandboxUsers.nameOf(someone));
            assertThat(emulator.stats().admitted()).as("the Users route spends no data-store budget")
                    .isEqualTo(before);
            try (ProfileSource cloud = TestProviders.installed().openSource(spec, Map.of("apiKey", "dev-key",
                    "budget", "100000"))) {
                FindPlayer find = new FindPlayer(new PlayerFinder(cloud, new StoreCatalog(cloud, Map.of()),
                        Clock.systemUTC()), () -> users);
                FindReport r = find.find(PlayerQuery.parse("@" + SandboxUsers.nameOf(someone), "arg"), Set.of());
                assertThat(r.hits()).isNotEmpty();
                assertThat(r.hits()).extracting(FindHit::key).allMatch(k -> k.contains(Long.toString(someone)));
                assertThat(r.notes()).singleElement().asString().contains("UserIds metadata was not searched");
            }
        }
    }

    @Test
    void tooManyNamesIsTheRealError() throws Exception {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults())) {
            StringBuilder names = new StringBuilder("[");
            for (int i = 0; i < 101; i++) {
                names.append(i == 0 ? "" : ",").append("\"n").append(i).append('"');
            }
            HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUrl() + "/v1/usernames/users")).POST(HttpRequest.BodyPublishers
                    .ofString("{\"usernames\":" + names + "]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(400);
            assertThat(res.body()).contains("\"code\":2");
        }
    }
}
