package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.profilelens.app.dialog.ErrorText;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class ProfileLoaderTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor formatter = queued::add;
    private final ProfileLoader loader = new ProfileLoader(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L),
            ZoneOffset.UTC), formatter);

    @Test
    void theRawTextIsLaidOutOnTheFormatterFromTheStoredTokens() {
        ProfileSnapshot s = loader.of(REF, entry("{\"Data\":{\"Coins\":1.50},\"MetaData\":{}}"));
        assertThat(queued).hasSize(1);
        queued.forEach(Runnable::run);
        assertThat(s.rawText()).isEqualTo("{\"Data\": {\"Coins\": 1.50}, \"MetaData\": {}}");
    }

    @Test
    void aCorruptValueIsLaidOutTooAndAMissingKeyHasNoText() {
        ProfileSnapshot s = loader.of(REF, entry("[ 1,2 ,\"x\"]"));
        queued.forEach(Runnable::run);
        assertThat(s.reading().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(s.rawText()).isEqualTo("[1, 2, \"x\"]");
        ProfileSnapshot missing = loader.of(REF, null);
        queued.forEach(Runnable::run);
        assertThat(missing.reading().kind()).isEqualTo(Kind.MISSING);
        assertThat(missing.rawText()).isEmpty();
    }

    @Test
    void aValueThatIsNotJsonFailsWithItsTextAsStored() {
        UnreadableValue e = catchThrowableOfType(() -> loader.of(REF, entry("{\"Data\":{\"Coins\":")),
                UnreadableValue.class);
        queued.forEach(Runnable::run);
        assertThat(e.getCause()).isInstanceOf(InspectorException.class);
        assertThat(ErrorText.message(e)).as("the decoder's own message").startsWith("Invalid JSON at line 1");
        assertThat(e.raw().text()).as("as stored: it cannot be laid out").isEqualTo("{\"Data\":{\"Coins\":");
    }

    private static StoredEntry entry(String json) {
        return new StoredEntry(REF, json.getBytes(StandardCharsets.UTF_8), "v1", List.of(1L), "{}",
                Instant.ofEpochSecond(1_699_000_000L), Instant.ofEpochSecond(1_699_000_000L));
    }
}
