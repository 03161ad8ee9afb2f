package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.EntryRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run in groups holds a group's done lines and appends them with the next group's intents (ADR 0230). */
class BatchJournalGroupTest {
    @TempDir
    Path dir;

    private static EntryRef ref(String key) {
        return new EntryRef("PlayerData", "global", key);
    }

    private static BatchJournal.WriteIntent intent(String key) {
        return new BatchJournal.WriteIntent(ref(key), "v1", "ab" + key, Instant.EPOCH);
    }

    @Test
    void aGroupsDoneLinesGoOutWithTheNextGroupsIntentsAndAreNeverLost() throws Exception {
        Path file = dir.resolve("b.journal");
        try (BatchJournal j = BatchJournal.open(file)) {
            j.forceInBackground();
            j.intents(List.of(intent("A"), intent("B")));
            j.done(ref("A"), "change");
            j.done(ref("B"), "change");
            assertThat(j.doneAs(ref("A"))).as("known to the run at once").contains("change");

            BatchJournal diedHere = BatchJournal.open(file);
            assertThat(diedHere.doneCount()).as("not in the file yet").isZero();
            assertThat(diedHere.pending(ref("A"))).as("a resume settles it by its hash").hasSize(1);

            j.intents(List.of(intent("C")));
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(5);
            assertThat(lines.get(2)).contains("\"t\":\"done\"").contains("\"key\":\"A\"");
            assertThat(lines.get(4)).contains("\"t\":\"intent\"").contains("\"key\":\"C\"");
            BatchJournal diedLater = BatchJournal.open(file);
            assertThat(diedLater.doneAs(ref("B"))).contains("change");
            assertThat(diedLater.pending(ref("B"))).isEmpty();
            assertThat(diedLater.pending(ref("C"))).hasSize(1);

            j.done(ref("C"), "unchanged");
        }
        BatchJournal closed = BatchJournal.open(file);
        assertThat(closed.doneCount()).as("close appends what was held").isEqualTo(3);
        assertThat(closed.doneAs(ref("C"))).contains("unchanged");
    }

    @Test
    void aForceAppendsTheHeldLinesBeforeForcing() throws Exception {
        Path file = dir.resolve("f.journal");
        try (BatchJournal j = BatchJournal.open(file)) {
            j.forceInBackground();
            j.intents(List.of(intent("A")));
            j.done(ref("A"), "change");
            j.force(); // a run waiting for live profiles does this
            assertThat(BatchJournal.open(file).doneAs(ref("A"))).contains("change");
            assertThat(j.unforced()).isZero();
        }
    }

    @Test
    void withoutGroupsEveryDoneLineIsAppendedAtOnce() throws Exception {
        Path file = dir.resolve("o.journal");
        try (BatchJournal j = BatchJournal.open(file)) {
            j.intent(intent("A"));
            j.done(ref("A"), "change");
            assertThat(BatchJournal.open(file).doneAs(ref("A"))).contains("change");
        }
    }
}
