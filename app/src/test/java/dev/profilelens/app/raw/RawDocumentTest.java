package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawDocumentTest {
    @Test
    void linesAndColoursAreBuiltWithoutTheFxThread() {
        String text = "{\n  \"Coins\" : 5,\n  \"Name\" : \"x\"\n}";
        var doc = RawPane.document(text);
        assertThat(doc.getText()).isEqualTo(text);
        assertThat(doc.getParagraphs()).hasSize(4);
        assertThat(doc.getStyleAtPosition(5)).containsExactly("json-key");
        assertThat(doc.getStyleAtPosition(text.indexOf('5') + 1)).containsExactly("json-number");
        assertThat(RawPane.document("").getText()).isEmpty();
    }
}
