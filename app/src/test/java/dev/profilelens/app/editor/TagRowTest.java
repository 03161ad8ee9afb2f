package dev.profilelens.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRowTest {
    @Test
    void tagsRoundTripWithTheirTypes() {
        var tags = RobloxJson.parse("{\"DataVersion\":3,\"Region\":\"EU\",\"Banned\":false,\"Receipts\":[\"a\"]}");
        List<TagRow> rows = TagRow.of(tags);
        assertThat(rows).extracting(TagRow::type).containsExactly("number", "string", "boolean", "table");
        assertThat(TagRow.toTags(rows)).isEqualTo(tags);
    }

    @Test
    void valuesThatDoNotFitTheirTypeAreRefusedNamingTheTag() {
        assertThatThrownBy(() -> TagRow.toTags(List.of(new TagRow("DataVersion", "number", "three"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DataVersion");
        assertThatThrownBy(() -> TagRow.toTags(List.of(new TagRow("Flag", "boolean", "yes"))))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> TagRow.toTags(List.of(new TagRow("A", "string", "x"), new TagRow("A", "number",
                "1")))).hasMessageContaining("Two MetaTags");
        assertThat(TagRow.toTags(List.of(new TagRow("Note", "string", "12"))).get("Note").isTextual()).isTrue();
    }
}
