package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void changedLinesAreMarkedWithContextAndUnchangedTextGivesNothing() {
        String before = "{\n  \"a\" : 1,\n  \"b\" : 2,\n  \"c\" : 3,\n  \"d\" : 4,\n  \"e\" : 5,\n  \"f\" : 6\n}";
        String after = before.replace("\"b\" : 2", "\"b\" : 20").replace("  \"e\" : 5,\n", "");
        String diff = LineDiff.inline(before, after);
        assertThat(diff).startsWith("@@ line 3\n");
        assertThat(diff).contains("-   \"b\" : 2,\n+   \"b\" : 20,\n").contains("-   \"e\" : 5,\n");
        assertThat(diff).contains("    \"a\" : 1,").endsWith("    \"f\" : 6\n  }\n");
        assertThat(LineDiff.inline(before, before)).isEmpty();
        assertThat(LineDiff.inline("", "x")).isEqualTo("@@ line 1\n+ x\n");
    }

    @Test
    void aLargeRewrittenMiddleIsAlignedWithoutAQuadraticTable() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            before.append("old ").append(i).append('\n');
            after.append(i % 1_000 == 0 ? "old " + i : "new " + i).append('\n');
        }
        String diff = LineDiff.inline(before.toString(), after.toString());
        assertThat(diff).doesNotContain("too large").contains("- old 1\n").contains("+ new 1\n")
                .contains("  old 1000\n");
    }

    @Test
    void aMiddleBeyondTheLimitIsSummarised() {
        String before = "x\n".repeat(LineDiff.MAX_LINES);
        String after = "y\n".repeat(LineDiff.MAX_LINES);
        assertThat(LineDiff.inline(before, after)).startsWith("@@ line 1: ").contains("too large");
    }

    @Test
    void splittingOnlyAroundTheDifferenceGivesTheDiffOfTheWholeTexts() {
        Random random = new Random(22);
        String alphabet = "ab \n\n\r";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder before = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                before.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder after = new StringBuilder(before);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(after.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> after.insert(at, c);
                    case 1 -> after.delete(at, Math.min(after.length(), at + 1 + random.nextInt(4)));
                    default -> after.replace(at, Math.min(after.length(), at + 1), String.valueOf(c));
                }
            }
            String a = before.toString();
            String b = after.toString();
            assertThat(LineDiff.inline(a, b)).as("%s -> %s", a.replace("\r", "\\r").replace("\n", "\\n"),
                            b.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(LineDiff.ofLines(a.lines().toList(), b.lines().toList()));
        }
    }

    @Test
    void aKeyTypedIntoALongTextIsShownWithItsLineNumberAndContext() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 60_000; i++) {
            before.append("  \"Item").append(i).append("\": ").append(i).append(",\n");
        }
        String a = before.toString();
        String b = a.replace("\"Item40000\": 40000,", "\"Item40000\": 40000x,");
        assertThat(LineDiff.inline(a, b)).isEqualTo("@@ line 40000\n    \"Item39998\": 39998,\n"
                + "    \"Item39999\": 39999,\n-   \"Item40000\": 40000,\n+   \"Item40000\": 40000x,\n"
                + "    \"Item40001\": 40001,\n    \"Item40002\": 40002,\n");
    }
}
