package dev.profilelens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonPatch;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite of issue 16 (ADR 0123): the shared vectors, mutated by {@link VectorMutator}, fed to every file
 * command (inspect, validate, diff, merge, global-update add|change|clear, message) and to {@code put}. Invariants:
 * never exit 1, never a stack trace without {@code --verbose}, exit 2 names what (the file or option) and where, what
 * a transform prints is storable, a diff's patch turns OLD into NEW, a refused put leaves the stored version and bytes
 * as they were, an accepted one stores a value the libraries load (spec §1, {@link Validator#validateProfile}) and
 * keeps the stored session tags and mailbox.
 * Deterministic (the seed is printed with every failure) and bounded in time: it stops starting cases after
 * {@link #BUDGET_MS}, so a loaded machine runs fewer cases, never a longer test.
 */
class CommandFuzzTest {
    private static CliHarness.Runner cli;
    private static final long SEED = 16L;
    private static final long BUDGET_MS = 35_000;
    private static final int MIN_CASES = 10;
    /** The cases of this seed checked on a quiet machine; a faster one must not wander into unchecked ones. */
    private static final int MAX_CASES = 300;
    private static final EntryRef REF = EntryRef.of("PlayerData", "Fuzz_1");

    @TempDir
    Path tmp;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void home() {
        cli = CliHarness.in(tmp.resolve("home"));
    }

    @AfterEach
    void clearHome() {
    }

    @Test
    void mutatedVectorsKeepTheCommandLineContract() throws Exception {
        List<Path> vectors = new ArrayList<>();
        try (var files = Files.list(PureCommandsTest.vectors().resolve("stored"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(vectors::add);
        }
        Random random = new Random(SEED);
        VectorMutator mutator = new VectorMutator(random);
        long deadline = System.currentTimeMillis() + BUDGET_MS;
        int cases = 0;
        while (failures.size() < 10 && cases < MAX_CASES
                && (cases < MIN_CASES || System.currentTimeMillis() < deadline)) {
            Path vector = vectors.get(random.nextInt(vectors.size()));
            byte[] original = Files.readAllBytes(vector);
            VectorMutator.Mutation m = mutator.mutate(original);
            String label = "case " + cases + " (seed " + SEED + ") " + vector.getFileName() + ": " + m.description();
            Path orig = tmp.resolve("orig.json");
            Path mutated = tmp.resolve("mutated.json");
            Files.write(orig, original);
            Files.write(mutated, m.bytes());
            fileCommands(label, orig, mutated);
            put(label, original, mutated, random.nextBoolean());
            cases++;
        }
        System.out.printf("command fuzz: %d mutated vectors, each through 10 file commands and put%n", cases);
        assertThat(failures).as("contract broken").isEmpty();
    }

    private void fileCommands(String label, Path orig, Path mutated) {
        String o = orig.toString();
        String m = mutated.toString();
        run(label, new String[] {"validate", m}, null);
        run(label, new String[] {"inspect", m, "--now", "1700003600"}, out -> RobloxJson.parse(out));
        run(label, new String[] {"diff", o, m}, out -> checkPatch(label, orig, mutated, out));
        run(label, new String[] {"diff", m, o}, null);
        run(label, new String[] {"merge", o, m, o}, out -> RobloxJson.parse(out));
        run(label, new String[] {"merge", o, o, m}, null);
        run(label, new String[] {"global-update", "add", m, "--data", "{\"Gift\":1}"}, CommandFuzzTest::storable);
        run(label, new String[] {"global-update", "change", m, "--id", "1", "--data", "{\"Gift\":2}"},
                CommandFuzzTest::storable);
        run(label, new String[] {"global-update", "clear", m, "--id", "1"}, CommandFuzzTest::storable);
        run(label, new String[] {"message", m, "--data", "{\"Text\":\"hi\"}"}, CommandFuzzTest::storable);
    }

    private void put(String label, byte[] original, Path mutated, boolean replace) {
        String name = UUID.randomUUID().toString();
        InMemoryProfileSource source = MemorySources.named(name);
        try {
            JsonNode seed = RobloxJson.parse(original);
            Validator.validateStored(seed);
            source.write(new WriteRequest(REF, RobloxJson.write(seed), List.of(), "{}", Precondition.none()));
        } catch (InvalidInputException e) {
            // an unstorable vector (a corrupt one) stays a missing key
        }
        Optional<StoredEntry> before = source.read(REF);
        List<String> args = new ArrayList<>(List.of("put", REF.store(), REF.key(), mutated.toString(), "--reason",
                "fuzz", "--source", "memory:" + name));
        if (replace) {
            args.addAll(List.of("--replace", "--confirm", REF.key()));
        }
        CliHarness r = run(label, args.toArray(String[]::new), null);
        Optional<StoredEntry> after = source.read(REF);
        if (r.exit() != 0) {
            check(label, "put exit " + r.exit() + " left the version as it was",
                    before.map(StoredEntry::version).equals(after.map(StoredEntry::version))
                            && java.util.Arrays.equals(before.map(StoredEntry::value).orElse(null),
                                    after.map(StoredEntry::value).orElse(null)));
        } else if (after.isPresent()) {
            try {
                JsonNode stored = RobloxJson.parse(after.get().value());
                if (replace) {
                    Validator.validateStored(stored);
                } else {
                    Validator.validateProfile(stored);
                }
            } catch (InvalidInputException e) {
                failures.add(label + ": put stored a value the libraries cannot load: " + e.getMessage());
            }
            if (!replace && before.isPresent()) {
                keptWhatTheLibrariesOwn(label, RobloxJson.parse(before.get().value()),
                        RobloxJson.parse(after.get().value()));
            }
        }
    }

    /**
     * Session fields and the mailbox belong to the libraries (issue 16 item 4): an accepted put plants no session
     * tag taken from the file and keeps the pending global updates / messages as stored.
     */
    private void keptWhatTheLibrariesOwn(String label, JsonNode before, JsonNode after) {
        if (ProfileCodec.classify(before) != Kind.PROFILE) {
            return;
        }
        for (String tag : new String[] {"/MetaData/ActiveSession", "/MetaData/ForceLoadSession"}) {
            check(label, "put kept " + tag + " as stored", before.at(tag).equals(after.at(tag)));
        }
        check(label, "put kept the mailbox as stored", before.at("/GlobalUpdates").equals(after.at("/GlobalUpdates")));
    }

    private CliHarness run(String label, String[] args, java.util.function.Consumer<String> onSuccess) {
        CliHarness r = cli.run(args);
        String what = label + " | " + String.join(" ", args);
        check(what, "exit " + r.exit() + " is not 1: " + r.err(), r.exit() != 1);
        check(what, "no stack trace: " + r.err(), !r.err().contains("\tat ") && !r.err().contains("Exception"));
        if (r.exit() == 2) {
            check(what, "exit 2 names the file or option: " + r.err(), namesWhat(r.err(), args));
        }
        if (r.exit() == 0 && onSuccess != null) {
            try {
                onSuccess.accept(r.out());
            } catch (RuntimeException | AssertionError e) {
                failures.add(what + ": output breaks the contract: " + e.getMessage());
            }
        }
        return r;
    }

    private static boolean namesWhat(String err, String[] args) {
        for (String a : args) {
            if ((a.endsWith(".json") || a.startsWith("--")) && err.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static void storable(String out) {
        Validator.validateStored(RobloxJson.parse(out));
    }

    private static void checkPatch(String label, Path orig, Path mutated, String out) {
        try {
            JsonNode before = RobloxJson.parse(Files.readAllBytes(orig));
            JsonNode after = RobloxJson.parse(Files.readAllBytes(mutated));
            JsonNode patch;
            try {
                patch = RobloxJson.parse(out);
            } catch (InvalidInputException tooDeepForTheStoreReader) {
                // a patch wraps its values two levels deeper than any storable value may nest; the report writer
                // allows that, the store reader (rightly) does not: check the patch by its text instead
                assertThat(out).as(label).startsWith("[").contains("\"op\"");
                return;
            }
            assertThat(JsonPatch.apply(patch, before)).as(label).isEqualTo(after);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void check(String what, String expectation, boolean holds) {
        if (!holds) {
            failures.add(what + ": expected " + expectation);
        }
    }
}
