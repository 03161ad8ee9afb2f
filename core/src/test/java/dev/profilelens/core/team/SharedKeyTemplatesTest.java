package dev.profilelens.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.find.KeyTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedKeyTemplatesTest {
    private static StoreTemplate t(String store, StoreTemplate.Kind kind, String name, String body) {
        return new StoreTemplate("1", store, kind, name, body);
    }

    @Test
    void keyTemplatesByStoreAndTypedOnesWin() {
        Map<String, List<KeyTemplate>> team = SharedKeyTemplates.byStore(List.of(
                t("PlayerData", StoreTemplate.Kind.KEY, "a", "Player_{id}"),
                t("PlayerData", StoreTemplate.Kind.KEY, "b", " {id} "),
                t("PlayerData", StoreTemplate.Kind.UPDATE, "gift", "{\"x\":1}"),
                t("Saves", StoreTemplate.Kind.KEY, "slot", "u{id}_slot2")));
        assertThat(team.get("PlayerData")).containsExactly(KeyTemplate.parse("Player_{id}"), KeyTemplate.parse("{id}"));
        assertThat(team.get("Saves")).containsExactly(KeyTemplate.parse("u{id}_slot2"));
        Map<String, List<KeyTemplate>> both = SharedKeyTemplates.withOverrides(team,
                Map.of("Saves", List.of(KeyTemplate.parse("s{id}"))));
        assertThat(both.get("Saves")).containsExactly(KeyTemplate.parse("s{id}"));
        assertThat(both.get("PlayerData")).hasSize(2);
    }

    @Test
    void aTemplateWithoutTheTokenIsNamedWithItsStore() {
        assertThatThrownBy(() -> SharedKeyTemplates.byStore(List.of(t("Saves", StoreTemplate.Kind.KEY, "slot",
                "u_slot2")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"slot\"").hasMessageContaining("Saves").hasMessageContaining("{id}");
    }
}
