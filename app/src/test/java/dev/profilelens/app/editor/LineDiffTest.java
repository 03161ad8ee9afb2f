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
}
