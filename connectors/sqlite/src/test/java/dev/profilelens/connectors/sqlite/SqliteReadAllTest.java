package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readAll}, the page read a mirror uses: the same answers as one read per key, in the order asked. */
class SqliteReadAllTest {
    @TempDir
    Path dir;

    @Test
    void answersLikeOneReadPerKeyAcrossScopesStoresMissingAndDeletedKeys() {
        try (SqliteProfileSource s = SqliteProfileSource.open(dir.resolve("s.db"))) {
            List<EntryRef> asked = new ArrayList<>();
            for (int i = 0; i < 450; i++) {
                EntryRef ref = new EntryRef(i % 3 == 0 ? "Other" : "PlayerData", i % 2 == 0 ? "global" : "s" + i % 5,
                        "Player_" + i);
                s.write(new WriteRequest(ref, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), List.of((long) i),
                        "{\"i\":" + i + "}", Precondition.none()));
                if (i % 7 == 0) {
                    s.write(new WriteRequest(ref, "{\"again\":true}".getBytes(StandardCharsets.UTF_8), List.of(),
                            "{}", Precondition.none()));
                }
                if (i % 11 == 0) {
                    s.delete(ref);
                }
                asked.add(0, ref);
                if (i % 13 == 0) {
                    asked.add(EntryRef.of("PlayerData", "missing_" + i));
                }
            }
            List<Optional<StoredEntry>> all = s.readAll(asked);
            assertThat(all).hasSize(asked.size());
            for (int i = 0; i < asked.size(); i++) {
                Optional<StoredEntry> one = s.read(asked.get(i));
                assertThat(all.get(i).isPresent()).as(asked.get(i).toString()).isEqualTo(one.isPresent());
                if (one.isPresent()) {
                    StoredEntry a = all.get(i).orElseThrow();
                    StoredEntry b = one.get();
                    assertThat(a.ref()).isEqualTo(asked.get(i));
                    assertThat(a.value()).isEqualTo(b.value());
                    assertThat(List.of(a.version(), a.userIds(), a.attributesJson(), a.created(), a.updated()))
                            .isEqualTo(List.of(b.version(), b.userIds(), b.attributesJson(), b.created(),
                                    b.updated()));
                }
            }
            assertThat(all.stream().filter(Optional::isEmpty).count()).as("deleted and missing keys")
                    .isEqualTo(41 + 35);
            assertThat(s.readAll(List.of())).isEmpty();
            assertThatThrownBy(() -> s.readAll(List.of(EntryRef.of("PlayerData", ""))))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
