package dev.profilelens.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Names that are not UTF-8 (keys, store names, scopes) are refused (exit 2) instead of being written under another
 * name: a lone surrogate (from JSON escapes, files, Open Cloud listings) cannot be encoded, and U+FFFD is what Java
 * leaves where a command-line argument or a file held bytes that are not UTF-8.
 */
class NamePropertyTest {

    @Provide
    Arbitrary<String> validNames() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withChars("_-é€中").ofMinLength(1)
                .ofMaxLength(10);
        return Arbitraries.oneOf(plain, plain.map(s -> s + "😀"), plain.map(s -> "😀" + s));
    }

    @Provide
    Arbitrary<Character> marks() {
        return Arbitraries.of('\uFFFD', '\uD800', '\uDBFF', '\uDC00', '\uDFFF');
    }

    @Property(tries = 300)
    void validUtf8NamesWithinFiftyBytesAreAccepted(@ForAll("validNames") String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= Limits.MAX_NAME_BYTES) {
            Limits.checkRef(new EntryRef(name, name, name));
        }
    }

    @Property(tries = 300)
    void aNameHoldingAReplacementMarkOrALoneSurrogateIsRefusedWherever(@ForAll("validNames") String name,
            @ForAll("marks") char mark, @ForAll @IntRange(min = 0, max = 12) int at,
            @ForAll @IntRange(max = 2) int part) {
        int cut = Math.min(at, name.length());
        if (cut > 0 && Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        String bad = name.substring(0, cut) + mark + name.substring(cut);
        EntryRef ref = part == 0 ? new EntryRef(bad, "global", "k") : part == 1 ? new EntryRef("S", bad, "k")
                : new EntryRef("S", "global", bad);
        String what = part == 0 ? "data store name" : part == 1 ? "scope" : "key";
        assertThatThrownBy(() -> Limits.checkRef(ref)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.exitCode()).isEqualTo(2)).hasMessageContaining("The " + what)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining(String.format("\\u%04X", (int) mark));
    }

    @Example
    void aValidSurrogatePairIsAName() {
        Limits.checkName("key", "Player_😀");
        assertThat(Limits.encodesAsUtf8("😀")).isTrue();
        assertThat(Limits.encodesAsUtf8("\uD83D")).isFalse();
    }
}
