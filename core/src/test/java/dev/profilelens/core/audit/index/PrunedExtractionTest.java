package dev.profilelens.core.audit.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.SharedVectors;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pruned (streaming) extraction gives the same kind and values as a full parse, on every shared vector. */
class PrunedExtractionTest {
    private static final List<String> PATHS = List.of("/MetaData/MetaTags/*", "/Data/Coins",
            "/MetaData/SessionLoadCount", "/GlobalUpdates/0", "/UserIds/0");

    @Test
    void prunedEqualsFullOnEveryStoredVector() throws IOException {
        PathExtractor x = new PathExtractor(PATHS);
        int checked = 0;
        try (Stream<Path> files = Files.list(SharedVectors.dir().resolve("stored"))) {
            for (Path f : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                StoredEntry e = new StoredEntry(EntryRef.of("S", "k"), bytes, "v1", List.of(), "{}",
                        Instant.EPOCH, Instant.EPOCH);
                IndexedProfile pruned = x.extract(e);
                JsonNode full;
                try {
                    full = RobloxJson.parse(bytes);
                } catch (InvalidInputException notJson) {
                    assertThat(pruned.kind()).as(f.toString()).isEqualTo(Kind.CORRUPT);
                    assertThat(pruned.values()).isEmpty();
                    continue;
                }
                assertThat(pruned.kind()).as(f.toString()).isEqualTo(ProfileCodec.classify(full));
                assertThat(pruned.values()).as(f.toString()).isEqualTo(x.values(full));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
