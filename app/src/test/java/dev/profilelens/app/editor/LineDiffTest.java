package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

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
}
