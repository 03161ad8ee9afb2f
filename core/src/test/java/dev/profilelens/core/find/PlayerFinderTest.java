package dev.profilelens.core.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlayerFinderTest {
    private static final long NOW = 1_700_004_000L;
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);

    private void put(String store, String scope, String key, String json, Long... userIds) {
        source.write(new WriteRequest(new EntryRef(store, scope, key), json.getBytes(StandardCharsets.UTF_8),
                List.of(userIds), "{}", Precondition.none()));
    }

    private static String profile(String meta) {
        return "{\"Data\":{\"Coins\":1},\"MetaData\":" + meta + ",\"GlobalUpdates\":[0,[]]}";
    }

    private void seedGame() {
        for (long id = 100_000; id < 100_040; id++) {
            put("PlayerData", "global", "Player_" + id, profile("{\"ProfileCreateTime\":1}"), id);
            put("PlayerData_v2", "global", Long.toString(id + 1), profile("{}"), id + 1);
        }
        put("PlayerData", "beta", "Player_100032",
                profile("{\"ActiveSession\":[1818,\"job\"],\"LastUpdate\":" + (NOW - 10) + "}"), 100_032L);
        put("GuildHouses", "global", "House_3", profile("{}"), 100_032L, 100_001L);
        put("DATA/100032", "global", "1", "{\"coins\":1}");
        put("DATA/100032", "global", "2", "{\"coins\":2}");
        put("DATA/100033", "global", "1", "{\"coins\":9}");
    }

    private PlayerFinder finder(ProfileSource s, Map<String, List<KeyTemplate>> overrides) {
        return new PlayerFinder(s, new StoreCatalog(s, overrides), clock);
    }

    @Test
    void findsEveryStoreScopeDialectAndDataStore2() {
        seedGame();
        FindReport r = finder(new Indexed(source), Map.of()).find(100_032, Set.of());
        assertThat(r.hits()).extracting(h -> h.store() + "|" + h.scope() + "|" + h.key() + "|" + h.dialect() + "|"
                + h.kind() + "|" + h.lock() + "|" + h.via()).containsExactly(
                "DATA|global|ds2:DATA/100032|datastore2|value|null|datastore2",
                "GuildHouses|global|House_3|unknown|profile|free|UserIds",
                "PlayerData|beta|Player_100032|profileservice|profile|active|template Player_{id}",
                "PlayerData|global|Player_100032|unknown|profile|free|template Player_{id}",
                "PlayerData_v2|global|100032|unknown|profile|free|template {id}");
        assertThat(r.hits().get(0).ref()).isEqualTo(new EntryRef("DATA/100032", "global", "2"));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void storeFilterAndUserTemplatesLimitTheSearch() {
        seedGame();
        put("Odd", "global", "save-100032", profile("{}"));
        FindReport r = finder(source, Map.of("Odd", List.of(KeyTemplate.parse("save-{id}"))))
                .find(100_032, Set.of("Odd", "DATA"));
        assertThat(r.hits()).extracting(FindHit::key).containsExactly("ds2:DATA/100032", "save-100032");
        assertThat(r.notes()).singleElement().asString().contains("UserIds metadata was not searched");
    }

    @Test
    void anEmptyResultSaysWhereItLookedAndSuggestsNearestKeys() {
        seedGame();
        FindReport r = finder(source, Map.of()).find(100_099, Set.of("PlayerData"));
        assertThat(r.isEmpty()).isTrue();
        assertThat(r.searched()).containsExactly(
                "PlayerData: key Player_100099 in every scope (templates detected)");
        assertThat(r.nearest()).first().isEqualTo("PlayerData/global/Player_100039");
        assertThat(r.emptyExplanation()).contains("No data found for UserId 100099", "Player_100099",
                "Nearest existing keys: PlayerData/global/Player_100039");
    }

    @Test
    void aNameIsResolvedThroughTheDirectoryOnceAndAnUnknownNameIsBadInput() {
        seedGame();
        AtomicInteger asked = new AtomicInteger();
        UserDirectory dir = new UserDirectory() {
            @Override
            public Optional<UserRecord> byName(String username) {
                asked.incrementAndGet();
                return username.equalsIgnoreCase("Builder") ? Optional.of(new UserRecord(100_032, "Builder", "B"))
                        : Optional.empty();
            }

            @Override
            public String describe() {
                return "test directory";
            }
        };
        CachingUserDirectory cached = new CachingUserDirectory(dir, clock);
        FindPlayer find = new FindPlayer(finder(source, Map.of()), () -> cached);
        assertThat(find.find(PlayerQuery.parse("@builder", "arg"), Set.of("PlayerData")).hits()).hasSize(2);
        assertThat(find.find(PlayerQuery.parse("@BUILDER", "arg"), Set.of("PlayerData")).hits()).hasSize(2);
        assertThat(asked).hasValue(1);
        assertThatThrownBy(() -> find.find(PlayerQuery.parse("@nobody", "arg"), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody")
                .hasMessageContaining("test directory");
        assertThatThrownBy(() -> PlayerQuery.parse("12x", "USERID")).isInstanceOf(InvalidInputException.class);
    }

    /** A source with a UserIds index, as the SQLite store offers. */
    private static final class Indexed extends ForwardingProfileSource implements UserIdsLookup {
        Indexed(ProfileSource delegate) {
            super(delegate);
        }

        @Override
        public List<EntryRef> keysHolding(long userId) {
            List<EntryRef> out = new ArrayList<>();
            for (var store : delegate().listDataStores("", null, 1000).items()) {
                Page<EntryRef> keys = delegate().listKeys(store.name(), null, "", null, 1000);
                for (EntryRef r : keys.items()) {
                    delegate().read(r).map(StoredEntry::userIds).filter(u -> u.contains(userId))
                            .ifPresent(u -> out.add(r));
                }
            }
            return out;
        }
    }
}
