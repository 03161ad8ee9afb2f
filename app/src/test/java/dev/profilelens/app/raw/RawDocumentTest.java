package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawDocumentTest {
    @Test
    void linesAreBuiltWithoutTheFxThreadAndColoursComeFromTheHighlighter() {
        String text = "{\n  \"Coins\" : 5,\n  \"Name\" : \"x\"\n}";
        var doc = RawContent.of(text).document();
        assertThat(doc.getText()).isEqualTo(text);
        assertThat(doc.getParagraphs()).hasSize(4);
        assertThat(doc.getStyleAtPosition(5)).isEmpty();
        var line = JsonHighlighter.spans("  \"Coins\" : 5,");
        assertThat(line.getStyleSpan(1).getStyle()).containsExactly("json-key");
        assertThat(line.length()).isEqualTo(14);
        assertThat(RawContent.of("").document().getText()).isEmpty();
        String large = "x".repeat(RawPane.LARGE) + "\ny";
        RawContent big = RawContent.of(large);
        assertThat(big.document()).isNull();
        assertThat(big.lines().count()).isEqualTo(2);
        assertThat(big.text()).isSameAs(large);
    }
}
