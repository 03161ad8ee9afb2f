package dev.profilelens.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.team.SharedConnection;
import dev.profilelens.core.team.StoreTemplate;
import dev.profilelens.core.team.TeamProvider;
import dev.profilelens.core.team.TeamSession;
import dev.profilelens.testsupport.store.TestProviders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shared connection profiles and templates: everyone reads them, only admins change them. */
class TeamCatalogTest {
    private static String schema;

    @BeforeAll
    static void schema() {
        schema = TestServer.freshSchema();
    }

    @Test
    void anAdminSharesProfilesAndTemplatesThatEveryoneReads() {
        TeamProvider provider = TestProviders.installed().team().orElseThrow();
        try (TeamSession admin = provider.connect(TestServer.as("pl_admin", schema));
             TeamSession viewer = provider.connect(TestServer.as("pl_viewer", schema))) {
            admin.catalog().saveConnection(new SharedConnection("Production EU", "1234", "#d33", "strict"));
            admin.catalog().saveConnection(new SharedConnection("Staging", "5678", "#3a3", "relaxed"));
            admin.catalog().saveConnection(new SharedConnection("Staging", "5679", "#3a3", "relaxed"));
            StoreTemplate refund = new StoreTemplate("1234", "PlayerData", StoreTemplate.Kind.UPDATE, "refund",
                    "[{\"op\":\"add\",\"path\":\"/Data/Coins\",\"value\":100}]");
            admin.catalog().saveTemplate(refund);
            admin.catalog().saveTemplate(new StoreTemplate("1234", "PlayerData", StoreTemplate.Kind.KEY, "player",
                    "Player_{userId}"));

            assertThat(viewer.catalog().connections()).containsExactly(
                    new SharedConnection("Production EU", "1234", "#d33", "strict"),
                    new SharedConnection("Staging", "5679", "#3a3", "relaxed"));
            assertThat(viewer.catalog().templates("1234", "PlayerData")).extracting(StoreTemplate::name)
                    .containsExactly("key".compareTo("update") < 0 ? "player" : "refund",
                            "key".compareTo("update") < 0 ? "refund" : "player");
            assertThat(viewer.catalog().templates("1234", "PlayerData")).contains(refund);

            admin.catalog().deleteConnection("Staging");
            admin.catalog().deleteTemplate(refund);
            assertThat(viewer.catalog().connections()).extracting(SharedConnection::name)
                    .containsExactly("Production EU");
            assertThat(viewer.catalog().templates("1234", "PlayerData")).extracting(StoreTemplate::name)
                    .containsExactly("player");
        }
    }

    @Test
    void aStoresDeliveryTemplateAndEveryStoresKeyTemplatesOfAUniverse() {
        TeamProvider provider = TestProviders.installed().team().orElseThrow();
        try (TeamSession admin = provider.connect(TestServer.as("pl_admin", schema));
             TeamSession viewer = provider.connect(TestServer.as("pl_viewer", schema))) {
            StoreTemplate delivery = new StoreTemplate("77", "PlayerData", StoreTemplate.Kind.DELIVERY, "delivery",
                    "{\"rules\":[]}");
            admin.catalog().saveTemplate(delivery);
            admin.catalog().saveTemplate(new StoreTemplate("77", "Saves", StoreTemplate.Kind.KEY, "slot",
                    "u{id}_slot2"));
            admin.catalog().saveTemplate(new StoreTemplate("77", "PlayerData", StoreTemplate.Kind.KEY, "player",
                    "Player_{id}"));
            admin.catalog().saveTemplate(new StoreTemplate("78", "Other", StoreTemplate.Kind.KEY, "x", "x{id}"));
            assertThat(viewer.catalog().templates("77", "PlayerData")).contains(delivery);
            assertThat(viewer.catalog().templates("77", StoreTemplate.Kind.KEY)).extracting(StoreTemplate::store,
                    StoreTemplate::body).containsExactly(org.assertj.core.groups.Tuple.tuple("PlayerData",
                    "Player_{id}"), org.assertj.core.groups.Tuple.tuple("Saves", "u{id}_slot2"));
        }
    }

    @Test
    void editorsAndViewersCannotChangeThem() {
        TeamProvider provider = TestProviders.installed().team().orElseThrow();
        for (String login : new String[] {"pl_editor", "pl_viewer"}) {
            try (TeamSession s = provider.connect(TestServer.as(login, schema))) {
                assertThatThrownBy(() -> s.catalog().saveConnection(new SharedConnection("Mine", "1", "#000",
                        "relaxed"))).as(login).isInstanceOf(RefusedException.class);
                assertThatThrownBy(() -> s.catalog().saveTemplate(new StoreTemplate("1", "S",
                        StoreTemplate.Kind.KEY, "k", "b"))).as(login).isInstanceOf(RefusedException.class);
            }
        }
    }
}
