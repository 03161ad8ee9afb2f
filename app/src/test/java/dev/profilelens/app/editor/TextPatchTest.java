package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextPatchTest {
    @Test
    void sameTextsNeedNoPatch() {
        assertThat(TextPatch.between("{\n  \"Coins\" : 5\n}", "{\n  \"Coins\" : 5\n}").none()).isTrue();
        assertThat(TextPatch.between("", "").none()).isTrue();
    }

    @Test
    void onlyTheDifferingMiddleIsReplaced() {
        TextPatch p = TextPatch.between("{\n  \"Coins\" : 500,\n  \"Gems\" : 3\n}",
                "{\n  \"Coins\" : 1500,\n  \"Gems\" : 3\n}");
        assertThat(p).isEqualTo(new TextPatch(14, 14, "1"));
        TextPatch removed = TextPatch.between("[1, 2, 3]", "[1, 3]");
        assertThat(removed.applyTo("[1, 2, 3]")).isEqualTo("[1, 3]");
        assertThat(removed.end() - removed.start()).isEqualTo(3);
        assertThat(removed.text()).isEmpty();
    }

    @Test
    void aTextGrownOrCutAtEitherEndKeepsTheRest() {
        assertThat(TextPatch.between("abc", "abcdef")).isEqualTo(new TextPatch(3, 3, "def"));
        assertThat(TextPatch.between("xyzabc", "abc")).isEqualTo(new TextPatch(0, 3, ""));
        assertThat(TextPatch.between("", "abc")).isEqualTo(new TextPatch(0, 0, "abc"));
        assertThat(TextPatch.between("abc", "")).isEqualTo(new TextPatch(0, 3, ""));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        // 😀 and 😃 share their high surrogate: the patch still replaces the whole character
        TextPatch p = TextPatch.between("a😀b", "a😃b");
        assertThat(p).isEqualTo(new TextPatch(1, 3, "😃"));
        TextPatch q = TextPatch.between("x𝄞", "y𝄞"); // the same low surrogate at the end of both
        assertThat(q.applyTo("x𝄞")).isEqualTo("y𝄞");
        assertThat(Character.isLowSurrogate(q.text().isEmpty() ? 'a' : q.text().charAt(0))).isFalse();
    }

    @Test
    void anyTextBecomesTheOther() {
        Random rnd = new Random(7);
        String alphabet = "ab{}\n \"😀é";
        for (int i = 0; i < 5_000; i++) {
            String before = random(rnd, alphabet);
            String after = rnd.nextBoolean() ? mutate(rnd, before, alphabet) : random(rnd, alphabet);
            TextPatch p = TextPatch.between(before, after);
            assertThat(p.applyTo(before)).as("%s -> %s", before, after).isEqualTo(after);
            assertThat(p.start()).isBetween(0, p.end());
            assertThat(p.none()).isEqualTo(before.equals(after));
        }
    }

    private static String random(Random rnd, String alphabet) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            int at = rnd.nextInt(alphabet.length());
            if (Character.isLowSurrogate(alphabet.charAt(at))) {
                at--;
            }
            b.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                    : alphabet.charAt(at));
        }
        return b.toString();
    }

    private static String mutate(Random rnd, String s, String alphabet) {
        int at = s.isEmpty() ? 0 : rnd.nextInt(s.length());
        if (at > 0 && Character.isLowSurrogate(s.charAt(at))) {
            at--;
        }
        return s.substring(0, at) + random(rnd, alphabet) + s.substring(Math.min(s.length(), at + rnd.nextInt(3)));
    }
}
