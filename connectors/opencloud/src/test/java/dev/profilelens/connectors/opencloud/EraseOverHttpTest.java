package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.erase.EraseOptions;
import dev.profilelens.core.erase.ErasePlace;
import dev.profilelens.core.erase.ErasePlan;
import dev.profilelens.core.erase.Erasure;
import dev.profilelens.core.erase.ErasureRequest;
import dev.profilelens.core.erase.PlaceOutcome;
import dev.profilelens.core.erase.PlaceUniverses;
import dev.profilelens.core.erase.WebhookBody;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right to erasure against the emulator over real HTTP on loopback (v2 standard and ordered routes, names with
 * {@code /} percent-encoded): a signed webhook body erases its user, a wrongly signed one erases nothing, and a
 * DataStore2 player's standard and ordered entries are gone when read back over HTTP.
 */
class EraseOverHttpTest {
    private static final String SECRET = "webhook-secret-7";
    private static final Map<String, String> KEY = Map.of("apiKey", "dev-key", "budget", "100000");
    private static final EraseOptions QUICK = new EraseOptions(false, Duration.ofSeconds(1), Duration.ofMillis(50),
            Duration.ofMillis(200));
    @TempDir
    Path home;

    private static byte[] body(long userId) {
        return ("{\"NotificationId\":\"n-" + userId + "\",\"EventType\":\"RightToErasureRequest\",\"EventTime\":"
                + "\"2026-12-05T08:00:00.1234567Z\",\"EventPayload\":{\"UserId\":" + userId + ",\"GameIds\":[1818]}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signedRequestsAreErasedOverHttpAndWronglySignedOnesAreNot() throws Exception {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000))) {
            emulator.seedIfEmpty("7", 200, 7);
            String spec = "opencloud:7@" + emulator.baseUrl();
            OrderedStoreRef board = OrderedStoreRef.of("Leaderboard");
            try (ProfileSource cloud = TestProviders.installed().openSource(spec, KEY);
                 OrderedSource ordered = TestProviders.installed().openOrdered(spec, KEY)) {
                InMemoryAuditLog audit = new InMemoryAuditLog();
                Erasure erasure = new Erasure(cloud, ordered, List.of(board), audit, null, Clock.systemUTC(), "t",
                        spec, home);
                PlaceUniverses places = PlaceUniverses.parse("1818=7", "--places");
                Long universe = PlaceUniverses.universeOfSpec(spec);

                byte[] forged = body(100_037);
                String wrong = WebhookBody.sign("not-the-secret", 1_765_000_000L, forged);
                assertThatThrownBy(() -> WebhookBody.verifyAndRead(forged, wrong, SECRET))
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not match");
                assertThat(ordered.get(board, "100037")).as("nothing erased for a wrongly signed body").isPresent();

                byte[] signed = body(100_000);
                ErasureRequest request = WebhookBody.verifyAndRead(signed, WebhookBody.sign(SECRET, 1_765_000_000L,
                        signed), SECRET);
                ErasePlan plan = erasure.plan(request, places, universe, null);
                assertThat(plan.notes()).anyMatch(n -> n.contains("[1818] belong to this connection's universe 7"));
                assertThat(plan.places()).extracting(ErasePlace::display).contains("ordered Leaderboard/global/100000");
                Erasure.Result r = erasure.run(plan, "100000", "webhook n-100000", QUICK, p -> { }, () -> false);
                assertThat(ordered.get(board, "100000")).isEmpty();
                assertThat(ordered.get(board, "100037")).isPresent();
                for (PlaceOutcome o : r.report().outcomes()) {
                    if (o.status() == PlaceOutcome.Status.DELETED && o.place().kind() == ErasePlace.Kind.KEY) {
                        assertThat(cloud.read(o.place().ref())).as(o.place().display()).isEmpty();
                    }
                }
                assertThat(r.report().toJson().path("request").asText()).contains("webhook n-100000");

                long ds2 = 900_004;
                String store = "DATA/" + ds2;
                ErasePlan ds2Plan = erasure.plan(ErasureRequest.typed(Long.toString(ds2), "USERID"),
                        PlaceUniverses.none(), universe, null);
                assertThat(ds2Plan.places()).anyMatch(p -> p.kind() == ErasePlace.Kind.ORDERED
                        && p.store().equals(store)).anyMatch(p -> p.ref().equals(EntryRef.of("DATA", "900004")));
                Erasure.Result d = erasure.run(ds2Plan, "900004", "ticket 3", QUICK, p -> { }, () -> false);
                assertThat(d.report().complete()).as(d.report().toText()).isTrue();
                assertThat(cloud.listKeys(store, null, "", null, 100).items()).isEmpty();
                assertThat(ordered.list(OrderedStoreRef.of(store), OrderedQuery.ascending(), null, 100).items())
                        .isEmpty();
                assertThat(cloud.read(EntryRef.of("DATA", "900004"))).isEmpty();
                assertThat(cloud.read(EntryRef.of("DATA", "900005"))).isPresent();
            }
        }
    }
}
