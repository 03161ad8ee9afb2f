package dev.profilelens.core.erase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.store.ProviderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scope the CLI's --places/--ordered/--mirror and the erase window's fields share: parsed once, refused alike. */
class EraseScopeTest {
    private static final EraseScope.Fields WINDOW = new EraseScope.Fields("Place map", "Boards", "Mirror");
    @TempDir
    Path dir;

    @Test
    void parsesEachInputAndBlankMeansNotGiven() throws Exception {
        Path copy = Files.createFile(dir.resolve("copy.db"));
        EraseScope s = EraseScope.parse("1818=4811, 2345=4811", List.of("Kills, Wins", "Kills", " "), "sqlite:" + copy,
                EraseScope.Fields.CLI);
        assertThat(s.places().universeOf()).isEqualTo(Map.of(1818L, 4811L, 2345L, 4811L));
        assertThat(s.leaderboards()).containsExactly(OrderedStoreRef.of("Kills"), OrderedStoreRef.of("Wins"));
        assertThat(s.mirror()).isEqualTo("sqlite:" + copy);
        EraseScope none = EraseScope.parse(" ", List.of(""), "  ", WINDOW);
        assertThat(none).isEqualTo(EraseScope.none());
        assertThat(none.openMirror(Providers.installed(new ProviderContext(Path.of("unused"), Clock.systemUTC()))))
                .isNull();
    }

    @Test
    void badInputNamesTheFieldItWasTypedIn() {
        assertThatThrownBy(() -> EraseScope.parse("1818:4811", List.of(), null, WINDOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"1818:4811\"")
                .hasMessageEndingWith("at Place map");
        assertThatThrownBy(() -> EraseScope.parse(null, List.of("x".repeat(51)), null, EraseScope.Fields.CLI))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an ordered data store name")
                .hasMessageEndingWith("at --ordered");
        assertThatThrownBy(() -> EraseScope.parse(null, List.of(), "postgres:x", WINDOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sqlite:PATH")
                .hasMessageEndingWith("at Mirror");
        assertThatThrownBy(() -> EraseScope.parse(null, List.of(), "sqlite:" + dir.resolve("none.db"),
                EraseScope.Fields.CLI)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("none.db, does not exist").hasMessageEndingWith("at --mirror");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }
}
